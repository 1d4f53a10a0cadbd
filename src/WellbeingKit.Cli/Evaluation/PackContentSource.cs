using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Cli.Evaluation;

/// <summary>The CLI's content source: the pack folder given with <c>--content</c>, or the embedded default pack.</summary>
internal sealed class PackContentSource : IContentSource
{
    private readonly Lazy<ContentPack> _pack;

    public PackContentSource(string? directory)
    {
        _pack = new Lazy<ContentPack>(() => directory is null ? ContentPackLoader.LoadDefault() : ContentPackLoader.LoadDirectory(directory));
    }

    public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => new(_pack.Value);
}
