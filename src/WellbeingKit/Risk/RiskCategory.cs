namespace WellbeingKit.Risk;

/// <summary>What kind of crisis a signal points to.</summary>
public enum RiskCategory
{
    /// <summary>Thoughts of ending one's life, direct or indirect.</summary>
    SuicidalIdeation,

    /// <summary>Hurting oneself without intent to die.</summary>
    SelfHarm,

    /// <summary>Abuse or violence directed at the user (partner or family violence, sexual violence, bullying, threats); a child's disclosure is <see cref="ChildAbuse"/>.</summary>
    AbuseOrViolence,

    /// <summary>Intent to harm other people.</summary>
    HarmToOthers,

    /// <summary>
    /// Abuse of a child told by the child (or about a child): night visits kept secret, touching, injuries given as
    /// punishment, a parent who hits. Its own category so that it reaches the child-abuse safety flow, not the suicide one.
    /// </summary>
    ChildAbuse,
}
