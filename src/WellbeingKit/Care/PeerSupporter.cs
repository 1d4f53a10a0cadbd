namespace WellbeingKit.Care;

/// <summary>A trained peer supporter the host's programme provides (someone who has lived through something similar).</summary>
public sealed record PeerSupporter
{
    /// <summary>The host's id for the supporter (passed back to the hand-off service).</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to the user (a first name or a chosen name).</summary>
    public required string DisplayName { get; init; }

    /// <summary>The languages the supporter speaks (BCP 47, for example <c>en</c>, <c>es-MX</c>).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Topics they support (for example <c>exam-stress</c>, <c>work</c>, <c>grief</c>, <c>loneliness</c>).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Lived-experience tags they chose to share (for example <c>student</c>, <c>new-parent</c>, <c>refugee</c>).</summary>
    public IReadOnlyList<string> LivedExperience { get; init; } = [];

    /// <summary>True when they can take a conversation now.</summary>
    public bool Available { get; init; }
}
