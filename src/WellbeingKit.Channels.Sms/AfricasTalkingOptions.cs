namespace WellbeingKit.Channels.Sms;

/// <summary>Africa's Talking settings. Africa's Talking does not sign its callbacks; a shared key in the callback URL stands in.</summary>
public sealed class AfricasTalkingOptions
{
    /// <summary>A long random key you put in the callback URL you give Africa's Talking (<c>/sms/africastalking?key=...</c>).</summary>
    public string? SharedKey { get; set; }
}
