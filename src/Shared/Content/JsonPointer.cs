using System.Globalization;

// Shared source (src/Shared): compiled into the core and into WellbeingKit.Content.Yaml, whose pack validator names
// places in content files with the same pointers. Each copy is internal; WellbeingKit.Content.Yaml's is in its own
// namespace (WELLBEINGKIT_CONTENT_YAML) so that an assembly seeing the internals of both (Content.Yaml.Tests,
// EndToEnd.Tests) can name each.
#if WELLBEINGKIT_CONTENT_YAML
namespace WellbeingKit.Content.Yaml;
#else
namespace WellbeingKit.Content;
#endif

/// <summary>JSON pointers (RFC 6901) into a content file, such as <c>/states/ask/next</c>: how errors name a place.</summary>
internal static class JsonPointer
{
    /// <summary>The pointer one level up (<c>/states/ask</c> for <c>/states/ask/next</c>); empty at the top.</summary>
    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }

    /// <summary>The pointer to the key <paramref name="segment"/> under <paramref name="pointer"/> (<c>~</c> and <c>/</c> escaped).</summary>
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer to item <paramref name="index"/> of the list at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The last segment, unescaped (<c>next</c> for <c>/states/ask/next</c>).</summary>
    public static string LastSegment(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return (slash < 0 ? pointer : pointer[(slash + 1)..]).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
