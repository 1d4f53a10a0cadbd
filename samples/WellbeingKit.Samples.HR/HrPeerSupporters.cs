using WellbeingKit.Care;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// The company's trained peer supporters (demo data): colleagues who volunteered, with the languages they speak, the topics
/// they are happy to talk about and what they lived through. A real host reads them from its own directory; the kit matches
/// by language first, then topic, and never routes someone at high risk to a peer.
/// </summary>
internal sealed class HrPeerSupporters : IPeerSupporterDirectory
{
    private static readonly IReadOnlyList<PeerSupporter> Supporters =
    [
        new() { Id = "peer-priya", DisplayName = "Priya", Languages = ["en"], Topics = ["workload", "stress"], LivedExperience = ["burnout"], Available = true },
        new() { Id = "peer-lucia", DisplayName = "Lucía", Languages = ["es", "en"], Topics = ["stress", "family"], LivedExperience = ["caring-for-a-parent"], Available = true },
        new() { Id = "peer-amina", DisplayName = "Amina", Languages = ["ar", "fr", "en"], Topics = ["loneliness", "relocation"], LivedExperience = ["moving-country"], Available = true },
        new() { Id = "peer-jules", DisplayName = "Jules", Languages = ["fr"], Topics = ["grief"], LivedExperience = ["bereavement"], Available = false },
    ];

    /// <inheritdoc />
    public Task<IReadOnlyList<PeerSupporter>> GetSupportersAsync(CancellationToken cancellationToken = default) => Task.FromResult(Supporters);
}
