using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>The pack care reads its texts and settings from, when it can be had.</summary>
internal static class CarePack
{
    /// <summary>
    /// The pack of <paramref name="content"/>, or null when there is no content source or it fails: the engine answers
    /// (and fails safe) on its own; care only needs the pack for its texts and settings, and falls back to its built-in ones.
    /// </summary>
    public static async Task<ContentPack?> TryGetAsync(IContentSource? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            return await content.GetPackAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
