namespace WellbeingKit.Content;

/// <summary>Supplies the content pack. The default loads the embedded default pack; point it at a folder to use your own.</summary>
public interface IContentSource
{
    /// <summary>Loads (or returns the cached) content pack.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The validated pack.</returns>
    /// <exception cref="ContentValidationException">The pack has problems; the exception lists all of them.</exception>
    ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default);
}
