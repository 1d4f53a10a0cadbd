using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>The strings of a pack for one locale, read straight from its YAML files.</summary>
public sealed partial class PackStringCatalog
{
    /// <summary>One SMS in GSM-7, the alphabet of English and most Western European languages: 160 characters.</summary>
    internal const int SmsLength = 160;

    /// <summary>One SMS in UCS-2, what any other script (Cyrillic, Arabic, Greek, Devanagari...) is sent in: 70 characters.</summary>
    internal const int UnicodeSmsLength = 70;

    /// <summary>Languages whose text is sent as GSM-7 (160 characters per SMS); every other language needs UCS-2 (70).</summary>
    private static readonly HashSet<string> Gsm7Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no", "nb", "nn", "fi", "ca", "gl", "eu", "sw", "id", "ms", "tl", "af", "so", "ha", "yo", "zu", "xh", "rw", "ln",
    };

    /// <summary>How many characters of <paramref name="locale"/> fit one SMS, and why.</summary>
    internal static (int Length, string Alphabet) SmsFit(string locale) =>
        Gsm7Languages.Contains(WellbeingKit.Content.Locales.Language(locale)) ? (SmsLength, "GSM-7") : (UnicodeSmsLength, "UCS-2");

    private PackStringCatalog(string directory, string packId, string defaultLocale, string locale, IReadOnlyList<StringSlot> slots, IReadOnlyList<PackLocale> locales)
    {
        Directory = directory;
        PackId = packId;
        DefaultLocale = defaultLocale;
        Locale = locale;
        Slots = slots;
        Locales = locales;
    }

    /// <summary>The pack folder.</summary>
    public string Directory { get; }

    /// <summary>The pack's id (<c>id:</c> of pack.yaml; <c>pack</c> when it has none).</summary>
    public string PackId { get; }

    /// <summary>The pack's default (source) locale.</summary>
    public string DefaultLocale { get; }

    /// <summary>The target locale.</summary>
    public string Locale { get; }

    /// <summary>Every string with its location, in a stable order.</summary>
    internal IReadOnlyList<StringSlot> Slots { get; }

    /// <summary>The locales listed in pack.yaml.</summary>
    public IReadOnlyList<PackLocale> Locales { get; }

    /// <summary>The strings.</summary>
    public IEnumerable<PackString> Strings => Slots.Select(s => s.Entry);

    /// <summary>
    /// How much of <see cref="Locale"/> is really translated: a text identical to the source (copied English) is counted
    /// apart from a translation, and a missing text apart again as "falls back" in a partial locale or "missing" in a full one.
    /// </summary>
    public LocaleCoverage Coverage()
    {
        var isSource = string.Equals(Locale, DefaultLocale, StringComparison.OrdinalIgnoreCase);
        var partial = Locales.FirstOrDefault(l => string.Equals(l.Code, Locale, StringComparison.OrdinalIgnoreCase))?.Fallback is not null;
        int translated = 0, copied = 0, fallsBack = 0, missing = 0;
        foreach (var text in Strings)
        {
            if (text.Target is null && partial)
            {
                fallsBack++;
            }
            else if (text.Target is null)
            {
                missing++;
            }
            else if (!isSource && IsCopy(text.Source, text.Target))
            {
                copied++;
            }
            else
            {
                translated++;
            }
        }

        return new LocaleCoverage(Locale, translated, copied, fallsBack, missing);
    }

    /// <summary>
    /// True when <paramref name="target"/> is the source text copied unchanged: the same words, two or more of them (a
    /// single word, a name or a code such as "PHQ-9" or "OK" may rightly be the same in both languages).
    /// </summary>
    internal static bool IsCopy(string source, string target) =>
        string.Equals(source.Trim(), target.Trim(), StringComparison.Ordinal)
        && source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 2;

    /// <summary>Reads the strings of the pack in <paramref name="directory"/> for <paramref name="locale"/>.</summary>
    /// <exception cref="ContentValidationException">pack.yaml or a file cannot be read.</exception>
    public static PackStringCatalog Read(string directory, string locale)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        if (!LocaleCode().IsMatch(locale))
        {
            throw Problem("", $"'{locale}' is not a locale code (expected e.g. sw, pt-BR)");
        }

        var manifest = (Load(directory, "pack.yaml") as YamlMappingNode) ?? throw Problem("pack.yaml", "pack.yaml must be a mapping");
        var defaultLocale = Scalar(manifest, "default_locale") ?? "en";
        var locales = new List<PackLocale>();
        if (manifest.Children.TryGetValue(new YamlScalarNode("locales"), out var localesNode) && localesNode is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.OfType<YamlMappingNode>())
            {
                var code = Scalar(item, "code");
                if (code is not null)
                {
                    locales.Add(new PackLocale(code, string.Equals(Scalar(item, "complete"), "true", StringComparison.Ordinal), Scalar(item, "fallback")));
                }
            }
        }

        var slots = new List<StringSlot>();
        var flowUses = FlowUses(directory);
        ReadMessages(directory, defaultLocale, locale, flowUses, slots);
        foreach (var (folder, kind) in new[] { ("exercises", "exercise"), ("questionnaires", "questionnaire"), ("helplines", "helpline"), ("flows", "flow") })
        {
            var path = Path.Join(directory, folder);
            if (!System.IO.Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in System.IO.Directory.EnumerateFiles(path, "*.yaml").Order(StringComparer.Ordinal))
            {
                var relative = folder + "/" + Path.GetFileName(file);
                if (Load(directory, relative) is not YamlMappingNode root)
                {
                    continue;
                }

                var id = Scalar(root, "id") ?? Path.GetFileNameWithoutExtension(file);
                var validated = kind == "questionnaire" && ListContains(root, "validated_locales", locale);
                Walk(root, "", (map, path) =>
                {
                    var source = Scalar(map, defaultLocale)!;
                    var target = Scalar(map, locale);
                    var notes = new List<string> { $"{relative}: {kind} {id}, {path}" };
                    var entry = MakeEntry($"{kind}:{id}:{path}", source, target, relative, notes, validated, locale);
                    slots.Add(new LocaleMapSlot(entry, relative, map));
                }, defaultLocale);
            }
        }

        return new PackStringCatalog(directory, Scalar(manifest, "id") ?? "pack", defaultLocale, locale, slots, locales);
    }

    private static void ReadMessages(string directory, string defaultLocale, string locale, Dictionary<string, List<string>> flowUses, List<StringSlot> slots)
    {
        var sourceFile = $"messages/{defaultLocale}.yaml";
        if (!File.Exists(Path.Join(directory, sourceFile)))
        {
            return;
        }

        var source = MessagesOf(Load(directory, sourceFile), sourceFile);
        var targetFile = $"messages/{locale}.yaml";
        var target = File.Exists(Path.Join(directory, targetFile)) ? MessagesOf(Load(directory, targetFile), targetFile) : null;
        var order = 0;
        foreach (var (key, node) in source.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || node is not YamlScalarNode { Value: { } text })
            {
                continue;
            }

            string? translation = null;
            if (target is not null && target.Children.TryGetValue(new YamlScalarNode(name), out var t) && t is YamlScalarNode ts)
            {
                translation = ts.Value;
            }

            var notes = new List<string> { $"{targetFile}: message {name}" };
            if (flowUses.TryGetValue(name, out var uses))
            {
                notes.Add("used by " + string.Join(", ", uses));
            }

            slots.Add(new MessageSlot(MakeEntry("message:" + name, text, translation, targetFile, notes, validated: false, locale), name, order++));
        }
    }

    private static YamlMappingNode MessagesOf(YamlNode? root, string file) =>
        root is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("messages"), out var messages) && messages is YamlMappingNode map
            ? map
            : throw Problem(file, "expected a 'messages:' mapping");

    private static PackString MakeEntry(string key, string source, string? target, string file, List<string> notes, bool validated, string locale)
    {
        var placeholders = Placeholders(source);
        if (placeholders.Count > 0)
        {
            notes.Add("placeholders (keep them as written): " + string.Join(", ", placeholders));
        }

        int? maxLength = null;
        var (fit, alphabet) = SmsFit(locale);
        if (source.Length <= SmsLength)
        {
            maxLength = fit;
            notes.Add(fit == SmsLength
                ? string.Create(CultureInfo.InvariantCulture, $"SMS: keep it under {SmsLength} characters to fit one message (source: {source.Length})")
                : string.Create(CultureInfo.InvariantCulture, $"SMS: keep it under {fit} characters to fit one message ('{locale}' is sent as {alphabet}: {fit} characters per SMS, not {SmsLength}; source: {source.Length})"));
        }

        if (validated)
        {
            notes.Add("validated translation: do not change");
        }

        return new PackString(key, source, string.IsNullOrEmpty(target) ? null : target, file, notes, placeholders, validated, maxLength);
    }

    /// <summary>The <c>{name}</c> placeholders of a text, in order of first appearance.</summary>
    internal static IReadOnlyList<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Calls <paramref name="found"/> for every locale map (a mapping whose keys are locale codes and holds the default locale).</summary>
    private static void Walk(YamlNode node, string path, Action<YamlMappingNode, string> found, string defaultLocale)
    {
        switch (node)
        {
            case YamlMappingNode map when IsLocaleMap(map, defaultLocale):
                found(map, path);
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        Walk(value, path.Length == 0 ? name : path + "." + name, found, defaultLocale);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    var label = item is YamlMappingNode m && Scalar(m, "id") is { } id ? id : i.ToString(CultureInfo.InvariantCulture);
                    Walk(item, $"{path}[{label}]", found, defaultLocale);
                }

                break;
        }
    }

    private static bool IsLocaleMap(YamlMappingNode map, string defaultLocale) =>
        map.Children.TryGetValue(new YamlScalarNode(defaultLocale), out var value)
        && value is YamlScalarNode
        && map.Children.Keys.All(k => k is YamlScalarNode { Value: { } v } && LocaleCode().IsMatch(v));

    /// <summary>Message keys used by flows: key → "flow X state Y".</summary>
    private static Dictionary<string, List<string>> FlowUses(string directory)
    {
        var uses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var folder = Path.Join(directory, "flows");
        if (!System.IO.Directory.Exists(folder))
        {
            return uses;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Load(directory, "flows/" + Path.GetFileName(file)) is not YamlMappingNode root)
            {
                continue;
            }

            var flow = Scalar(root, "id") ?? Path.GetFileNameWithoutExtension(file);
            void Visit(YamlNode node, string where)
            {
                switch (node)
                {
                    case YamlScalarNode { Value: { } value } when value.Contains('.', StringComparison.Ordinal):
                        if (!uses.TryGetValue(value, out var list))
                        {
                            uses[value] = list = [];
                        }

                        var use = $"flow {flow} {where}".TrimEnd();
                        if (!list.Contains(use))
                        {
                            list.Add(use);
                        }

                        break;
                    case YamlMappingNode map:
                        foreach (var (k, v) in map.Children)
                        {
                            var name = (k as YamlScalarNode)?.Value;
                            Visit(v, where.Length == 0 && name == "states" ? "state" : where == "state" ? "state " + name : where);
                        }

                        break;
                    case YamlSequenceNode seq:
                        foreach (var child in seq)
                        {
                            Visit(child, where);
                        }

                        break;
                }
            }

            Visit(root, "");
        }

        return uses;
    }

    private static bool ListContains(YamlMappingNode map, string key, string value) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
        && seq.OfType<YamlScalarNode>().Any(s => string.Equals(s.Value, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The scalar value under <paramref name="key"/>, or null.</summary>
    internal static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    /// <summary>Reads and parses one file of the pack.</summary>
    internal static YamlNode? Load(string directory, string relative)
    {
        var path = Path.Join(directory, relative);
        if (!File.Exists(path))
        {
            throw Problem(relative, "the file does not exist");
        }

        return Parse(File.ReadAllText(path), relative);
    }

    /// <summary>Parses YAML text into its root node (null when empty).</summary>
    internal static YamlNode? Parse(string text, string relative)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new ContentValidationException([new ContentProblem(relative, (int)e.Start.Line, (int)e.Start.Column, e.Message)]);
        }
    }

    private static ContentValidationException Problem(string file, string message) =>
        new([new ContentProblem(file, 1, 1, message)]);

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocaleCode();

    [GeneratedRegex(@"\{[A-Za-z_][A-Za-z0-9_.-]*\}")]
    private static partial Regex PlaceholderPattern();
}
