using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Cli.Commands;

/// <summary>The content pack of <c>wellbeing chat</c> and <c>wellbeing content test</c>: a folder, or the default pack; loaded once.</summary>
internal sealed class ChatContentSource(string? directory) : IContentSource
{
    private readonly Lazy<ContentPack> _pack = new(() => directory is null ? ContentPackLoader.LoadDefault() : ContentPackLoader.LoadDirectory(directory));

    public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_pack.Value);
}
