namespace WellbeingKit.Care;

/// <summary>
/// The peer supporters of the host's programme. Implement this to offer peer support; the kit never routes a user at
/// High or Imminent risk, or in a safety conversation, to a peer: crisis stays with counsellors.
/// </summary>
public interface IPeerSupporterDirectory
{
    /// <summary>The programme's peer supporters, with their current availability.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The supporters.</returns>
    Task<IReadOnlyList<PeerSupporter>> GetSupportersAsync(CancellationToken cancellationToken = default);
}
