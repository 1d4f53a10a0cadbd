namespace WellbeingKit.Risk;

/// <summary>What kind of crisis a signal points to.</summary>
public enum RiskCategory
{
    /// <summary>Thoughts of ending one's life, direct or indirect.</summary>
    SuicidalIdeation,

    /// <summary>Hurting oneself without intent to die.</summary>
    SelfHarm,

    /// <summary>Abuse or violence directed at the user (domestic, sexual, bullying, threats).</summary>
    AbuseOrViolence,

    /// <summary>Intent to harm other people.</summary>
    HarmToOthers,
}
