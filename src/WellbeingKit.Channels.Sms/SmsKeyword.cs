namespace WellbeingKit.Channels.Sms;

/// <summary>What a whole-message keyword asks for.</summary>
public enum SmsKeyword
{
    /// <summary>Not a keyword: an ordinary message.</summary>
    None,

    /// <summary>Stop all messages (STOP, ARRET, BAJA, توقف...).</summary>
    OptOut,

    /// <summary>Resume messages (START, ALTA, ابدأ...).</summary>
    OptIn,

    /// <summary>Send the rest of a reply that was cut to the part budget (MORE, SUITE, MAS, المزيد).</summary>
    More,
}
