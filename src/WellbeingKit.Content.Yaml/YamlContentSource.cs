using WellbeingKit.Content;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// An <see cref="IContentSource"/> that loads a YAML content pack (a folder, or the default pack embedded in this
/// package) on first use and caches it. Thread-safe; a failed load is not cached, so a fixed pack loads on the next call.
/// </summary>
public sealed class YamlContentSource : IContentSource, IDisposable
{
    private readonly Func<ContentPack> _load;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ContentPack? _pack;

    private YamlContentSource(Func<ContentPack> load, string description)
    {
        _load = load;
        Description = description;
    }

    /// <summary>Where the pack comes from: a folder path, or <c>default</c>.</summary>
    public string Description { get; }

    /// <summary>A source for the default pack embedded in this package (en, es, fr, ar).</summary>
    /// <returns>The source.</returns>
    public static YamlContentSource Default() => new(ContentPackLoader.LoadDefault, "default");

    /// <summary>A source for the pack in <paramref name="directory"/>.</summary>
    /// <param name="directory">The pack folder (holding <c>pack.yaml</c>).</param>
    /// <returns>The source.</returns>
    public static YamlContentSource FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        return new(() => ContentPackLoader.LoadDirectory(full), full);
    }

    /// <inheritdoc />
    public async ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default)
    {
        if (_pack is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return _pack ??= _load();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
