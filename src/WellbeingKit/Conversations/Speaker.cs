namespace WellbeingKit.Conversations;

/// <summary>Who said a line of the transcript.</summary>
public enum Speaker
{
    /// <summary>The user.</summary>
    User,

    /// <summary>The kit.</summary>
    Kit,
}
