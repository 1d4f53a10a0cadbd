namespace WellbeingKit.Safety;

/// <summary>What a safe-messaging finding is about.</summary>
public enum SafeMessagingRule
{
    /// <summary>Details of a method or means of self-harm or suicide (amounts, hanging, jumping, cutting, lethality).</summary>
    MethodDetail,

    /// <summary>Language the guidelines advise against: "commit suicide", "successful suicide", "failed attempt", "suicide epidemic".</summary>
    StigmatisingLanguage,

    /// <summary>A promise of secrecy ("I won't tell anyone"): the kit may need to involve people, so it never promises that.</summary>
    PromiseOfSecrecy,

    /// <summary>A diagnosis ("you have depression", "you are depressed"): the kit never diagnoses.</summary>
    Diagnosis,
}
