using System.Text.Json;
using System.Text.Json.Serialization;
using WellbeingKit.Content;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Loads a content pack from a folder of YAML files, or the default pack embedded in this package. Every file is
/// checked against its JSON Schema (<c>content-schema/</c>) and the pack as a whole is checked (references,
/// reachable states, translations, a safety flow and a helpline for every locale). All problems are reported at
/// once, each as <c>path:line:col: message</c>.
/// </summary>
public static class ContentPackLoader
{
    internal const string ResourcePrefix = "WellbeingKit.DefaultPack/";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads the default content pack shipped with this package (en, es, fr, ar).</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">The pack has problems.</exception>
    public static ContentPack LoadDefault() => Load(DefaultFiles(), ContentLimits.Default);

    /// <summary>
    /// Loads a content pack from a folder. The default pack's risk lexicons are merged under the pack's own: a pack
    /// can add crisis phrases (or a new locale) but never remove the default ones.
    /// </summary>
    /// <param name="directory">The pack folder (holding <c>pack.yaml</c>).</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">The pack has problems; the exception lists every one of them.</exception>
    public static ContentPack LoadDirectory(string directory) => LoadDirectory(directory, ContentLimits.Default);

    /// <summary>Checks a content pack folder and returns every problem found; an empty list means the pack loads.</summary>
    /// <param name="directory">The pack folder (holding <c>pack.yaml</c>).</param>
    /// <returns>The problems, sorted by file, line and column; paths are relative to <paramref name="directory"/>.</returns>
    public static IReadOnlyList<ContentProblem> Validate(string directory) => Check(directory).Problems;

    /// <summary>
    /// Checks a content pack folder: the problems that stop it from loading, and the warnings that do not (a locale
    /// screened by another locale's lexicon, a deliberately adapted questionnaire).
    /// </summary>
    /// <param name="directory">The pack folder (holding <c>pack.yaml</c>).</param>
    /// <returns>The result; <see cref="ContentCheck.Pack"/> is set when there is no problem.</returns>
    public static ContentCheck Check(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        try
        {
            var (pack, problems, warnings, lint) = Assemble(DirectoryFiles(directory), ContentLimits.Default, checkFloor: true);
            var loaded = pack is null ? null : BaselineLexicons.Apply(pack);
            return new ContentCheck(loaded, problems, warnings) { SafeMessaging = loaded is null ? [] : Safety.SafeMessagingLint.Check(loaded, lint) };
        }
        catch (ContentValidationException e)
        {
            return new ContentCheck(null, e.Problems, []);
        }
    }

    internal static ContentPack LoadDirectory(string directory, ContentLimits limits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(limits);
        return BaselineLexicons.Apply(Load(DirectoryFiles(directory), limits, checkFloor: true));
    }

    internal static ContentPack Load(IReadOnlyList<PackFile> files, ContentLimits limits, bool checkFloor = false)
    {
        var (pack, problems, _, _) = Assemble(files, limits, checkFloor);
        return pack ?? throw new ContentValidationException(problems);
    }

    private static (ContentPack? Pack, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ContentProblem> Warnings, IReadOnlyList<(Safety.SafeMessagingRule Rule, string Phrase)> Lint) Assemble(IReadOnlyList<PackFile> files, ContentLimits limits, bool checkFloor)
    {
        try
        {
            return PackAssembler.AssembleWithLint(files, limits, checkFloor);
        }
        catch (Exception e) when (e is not (ContentValidationException or OutOfMemoryException or OperationCanceledException))
        {
            // A bug in the loader must still surface as the loader's one exception type, naming the cause.
            throw new ContentValidationException("The content pack could not be loaded: " + e.Message, e);
        }
    }

    internal static IReadOnlyList<PackFile> DefaultFiles()
    {
        var assembly = typeof(ContentPackLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return new PackFile(name[ResourcePrefix.Length..].Replace('\\', '/'), stream.Length, () => assembly.GetManifestResourceStream(name)!);
            })
            .ToList();
    }

    private static List<PackFile> DirectoryFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ContentValidationException([new ContentProblem("", 0, 0, $"the folder '{directory}' does not exist")]);
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = 8,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchType = MatchType.Simple,
        };
        try
        {
            var files = Directory.EnumerateFiles(directory, "*", options)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Select(f => new FileInfo(f))
                .ToList();
            var irregular = files.Where(f => !RegularFiles.IsRegular(f.FullName))
                .Select(f => new ContentProblem(Path.GetRelativePath(directory, f.FullName).Replace('\\', '/'), 0, 0,
                    "this is not a regular file (a FIFO, socket or device); a pack holds only regular files: replace it with the file itself"))
                .ToList();
            if (irregular.Count > 0)
            {
                throw new ContentValidationException(irregular);
            }

            return files
                .Select(f => new PackFile(Path.GetRelativePath(directory, f.FullName).Replace('\\', '/'), f.Length, () => new FileStream(f.FullName, FileMode.Open, FileAccess.Read, FileShare.Read)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContentValidationException([new ContentProblem("", 0, 0, $"the folder '{directory}' cannot be read: {e.Message}")]);
        }
    }
}
