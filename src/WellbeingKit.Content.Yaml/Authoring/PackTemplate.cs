using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WellbeingKit.Content.Yaml.Authoring;

/// <summary>
/// Writes a small, valid, commented starting pack for authors (<c>wellbeing content init</c>): a check-in, two exercises,
/// a safety flow, helplines to fill, stories, and the JSON Schemas beside it so editors complete and check every file.
/// </summary>
public static partial class PackTemplate
{
    /// <summary>The folder, inside the pack, that holds the copied JSON Schemas.</summary>
    public const string SchemaFolder = ContentPackFiles.SchemaFolder;

    /// <summary>Locales whose starting text is written in the language itself; other locales start as English copies to translate.</summary>
    internal static IReadOnlyCollection<string> TranslatedLocales => Texts.Keys;

    /// <summary>Writes the pack into <paramref name="directory"/>, which must be empty or missing.</summary>
    /// <param name="directory">The folder to create.</param>
    /// <param name="locales">The locales; English is always included and is the default.</param>
    /// <param name="brand">The assistant's name.</param>
    /// <returns>The files written and the next steps.</returns>
    /// <exception cref="IOException">The folder exists and is not empty.</exception>
    public static TemplateResult Write(string directory, IReadOnlyList<string> locales, string brand)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"the folder '{directory}' is not empty; choose a new folder for the pack");
        }

        var codes = new List<string> { "en" };
        foreach (var locale in locales.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var normalized = Locales.Normalize(locale) ?? locale;
            if (!LocaleTag().IsMatch(normalized))
            {
                throw new ArgumentException($"'{locale}' is not a locale tag such as en, uk or pt-BR", nameof(locales));
            }

            if (!codes.Contains(normalized, StringComparer.OrdinalIgnoreCase))
            {
                codes.Add(normalized);
            }
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["pack.yaml"] = Manifest(directory, codes, brand),
            ["flows/checkin.yaml"] = CheckinFlow(codes),
            ["flows/safety.yaml"] = SafetyFlow(),
            ["exercises/slow-breathing.yaml"] = Exercise("slow-breathing", codes),
            ["exercises/grounding-54321.yaml"] = Exercise("grounding-54321", codes),
            ["helplines/international.yaml"] = Helplines(codes),
            ["stories/checkin.yaml"] = CheckinStories(codes, brand),
            ["stories/crisis.yaml"] = CrisisStories(codes),
        };
        foreach (var code in codes)
        {
            files[$"messages/{code}.yaml"] = MessagesFile(code);
            if (LintPhrases.TryGetValue(Locales.Language(code), out var lint))
            {
                files[$"lint/{code}.yaml"] = LintFile(code, lint);
            }
        }

        foreach (var (name, text) in ContentPackFiles.Schemas())
        {
            files[$"{SchemaFolder}/{name}"] = text;
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Join(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return new TemplateResult([.. files.Keys], NextSteps(codes));
    }

    /// <summary>What the author must do next: crisis phrases for locales the kit has none for, translations, helplines.</summary>
    internal static IReadOnlyList<string> NextSteps(IReadOnlyList<string> codes)
    {
        var steps = new List<string>();
        foreach (var code in codes.Where(c => !BuiltInLexicon(c)))
        {
            steps.Add($"'content validate' refuses this pack until you add lexicons/{code}.yaml: the kit has no crisis phrases in '{code}', so a crisis message in '{code}' would not reach the safety flow. See docs/authoring.md, \"Crisis phrases\".");
        }

        foreach (var code in codes.Where(c => !Texts.ContainsKey(Locales.Language(c))))
        {
            steps.Add($"messages/{code}.yaml, the exercises and the helplines hold English text marked '# translate': translate it into '{code}'.");
        }

        steps.Add("helplines/international.yaml lists only an international directory: add your country's helplines (number, organisation, source) before going live.");
        return steps;
    }

    private static bool BuiltInLexicon(string code) => Locales.Language(code) is "en" or "es" or "fr" or "ar";

    private static string Manifest(string directory, IReadOnlyList<string> codes, string brand)
    {
        var id = Regex.Replace(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant(), "[^a-z0-9]+", "-", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim('-');
        var builder = new StringBuilder();
        builder.Append($"""
            # yaml-language-server: $schema=./{SchemaFolder}/pack.schema.json
            # Your content pack: everything the assistant says, in YAML you can edit without code.
            # Check it after every change:   wellbeing content validate {directory}
            # Try its conversations:         wellbeing content test {directory}
            # Chat with it in a browser:     wellbeing serve --content {directory}
            # docs/authoring.md explains every file, step by step.

            # A short name for the pack: lowercase letters, digits and dashes.
            id: {(id.Length == 0 ? "my-pack" : id)}
            # Quote the version so YAML keeps it as text.
            version: "0.1.0"
            # The language used when a text is missing in the user's language.
            default_locale: en
            # Every language the pack speaks. Each needs messages/<code>.yaml, a helpline and crisis phrases
            # (the kit has crisis phrases for en, es, fr and ar; for any other language add lexicons/<code>.yaml).
            locales:

            """);
        foreach (var code in codes)
        {
            var name = CultureName(code);
            builder.Append(CultureInfo.InvariantCulture, $"  - code: {code}\n");
            if (name is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"    name: {Q(name)}\n");
            }

            if (Locales.IsRightToLeft(code))
            {
                builder.Append("    direction: rtl\n");
            }
        }

        builder.Append($"""
            # How the assistant presents itself. Texts say {"{brand}"} where they name it, so renaming it here renames it everywhere.
            brand:
              name: {Q(brand)}
              tone: warm
              primary_color: "#2f6f73"
              accent_color: "#f2a65a"
            # The flow that greets a new user.
            start_flow: checkin
            # The flow the kit runs whenever a message shows a crisis, whatever else is going on. It must show helplines.
            safety_flow: safety

            """);
        return builder.ToString();
    }

    private static string Exercise(string id, IReadOnlyList<string> codes)
    {
        var (kind, minutes, helps, steps) = id == "slow-breathing"
            ? ("breathing", 2, "[anxiety, stress, panic, overwhelm]", 4)
            : ("grounding", 3, "[anxiety, panic, overwhelm, rumination]", 5);
        var builder = new StringBuilder($"""
            # yaml-language-server: $schema=../{SchemaFolder}/exercise.schema.json
            # An exercise. Every text has one line per language.
            id: {id}
            kind: {kind}

            """);
        builder.Append(Localized("title", $"{id}.title", codes, 0));
        builder.Append(Localized("summary", $"{id}.summary", codes, 0));
        builder.Append("steps:\n");
        for (var i = 1; i <= steps; i++)
        {
            var first = true;
            foreach (var code in codes)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  {(first ? "- " : "  ")}{code}: {Q(Text(code, $"{id}.step{i}"))}{Marker(code)}\n");
                first = false;
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"""
            duration_minutes: {minutes}
            helps: {helps}
            contexts: [home, class, workplace, shelter, commuting]
            source: Written for this pack (a common self-help technique).

            """);
        return builder.ToString();
    }

    private static string Helplines(IReadOnlyList<string> codes)
    {
        var builder = new StringBuilder($"""
            # yaml-language-server: $schema=../{SchemaFolder}/helplines.schema.json
            # Helplines are facts: give the number as dialled, the organisation, and where you checked it.
            # Never guess a number. Until you have checked your country's lines, this international directory is shown.
            helplines:
              - country: "*"
                name: Find A Helpline
                url: https://findahelpline.com
                hours: 24/7 (online directory)
                languages: ["*"]
                topics: [crisis, suicide, emotional-distress, directory]

            """);
        builder.Append(Localized("description", "helpline.findahelpline", codes, 4));
        builder.Append("""
                source: "https://findahelpline.com (Find A Helpline, ThroughLine)"

              # Add your country's lines, for example (remove the # signs and fill in checked facts):
              # - country: GB                # ISO country code
              #   name: Samaritans
              #   phone: "116 123"           # quoted, as dialled
              #   url: https://www.samaritans.org
              #   hours: 24/7
              #   languages: [en]
              #   topics: [crisis, suicide]
              #   source: "https://www.samaritans.org (checked YYYY-MM)"

            """);
        return builder.ToString();
    }

    private static string CheckinStories(IReadOnlyList<string> codes, string brand)
    {
        var builder = new StringBuilder($"""
            # yaml-language-server: $schema=../{SchemaFolder}/stories.schema.json
            # Conversation tests: run them with   wellbeing content test <pack folder>
            stories:

            """);
        foreach (var code in codes.Where(c => Texts.ContainsKey(Locales.Language(c))))
        {
            builder.Append(CultureInfo.InvariantCulture, $"""
                  - name: a low check-in offers an exercise ({code})
                    locale: {code}
                    steps:
                      - user: {Q(Text(code, "checkin.triggers").Split('|')[0])}
                      - bot_says: {Q(brand)}
                      - flow: checkin
                      - user: low
                      - flow: checkin
                      - state: exercise

                """);
        }

        return builder.ToString();
    }

    private static string CrisisStories(IReadOnlyList<string> codes)
    {
        var builder = new StringBuilder($"""
            # yaml-language-server: $schema=../{SchemaFolder}/stories.schema.json
            # A crisis message, in every language, must reach the safety flow and show helplines, whatever is going on.

            stories:

            """);
        foreach (var code in codes.Where(c => Texts.ContainsKey(Locales.Language(c))))
        {
            foreach (var (line, index) in Text(code, "story.crisis").Split('|').Select((l, i) => (l, i + 1)))
            {
                builder.Append(CultureInfo.InvariantCulture, $"""
                      - name: crisis message {index} reaches the safety flow ({code})
                        locale: {code}
                        steps:
                          - user: {Q(Text(code, "checkin.triggers").Split('|')[0])}
                          - flow: checkin
                          - user: {Q(line)}
                          - safety: true
                          - flow: safety
                          - bot_shows_helpline: findahelpline
                          - bot_says: {Q(Text(code, "safety.ask-safe"))}

                    """);
            }
        }

        return builder.ToString();
    }

    private static string MessagesFile(string code)
    {
        var builder = new StringBuilder($"""
            # yaml-language-server: $schema=../{SchemaFolder}/messages.schema.json
            # Every sentence the flows say in '{code}', by key. Keep {"{placeholders}"} such as {"{brand}"} as they are.

            """);
        if (!Texts.ContainsKey(Locales.Language(code)))
        {
            builder.Append(CultureInfo.InvariantCulture, $"# These are English copies marked '# translate': write them in '{code}'.\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"locale: {code}\nmessages:\n");
        foreach (var key in MessageKeys)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {key}: {Q(Text(code, key))}{Marker(code)}\n");
        }

        return builder.ToString();
    }

    private static string LintFile(string code, string[] phrases) => $"""
        # yaml-language-server: $schema=../{SchemaFolder}/lint.schema.json
        # Phrases the pack's own text must never contain in '{code}', added to the kit's built-in rules (en, es, fr, ar).
        # Validate refuses any message, exercise or helpline text that contains one. Add what your reviewers flag.
        locale: {code}
        method_detail: [{string.Join(", ", phrases.Select(Q))}]

        """;

    private static string Localized(string key, string textKey, IReadOnlyList<string> codes, int indent)
    {
        var pad = new string(' ', indent);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{pad}{key}:\n");
        foreach (var code in codes)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{pad}  {code}: {Q(Text(code, textKey))}{Marker(code)}\n");
        }

        return builder.ToString();
    }

    private static string Marker(string code) => Texts.ContainsKey(Locales.Language(code)) ? "" : "  # translate";

    private static string Text(string code, string key)
    {
        var language = Locales.Language(code);
        return Texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text : Texts["en"][key];
    }

    private static string? CultureName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.NativeName.Length > 0 && !culture.NativeName.StartsWith("Unknown", StringComparison.Ordinal) ? culture.NativeName : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }


    /// <summary>A YAML double-quoted string.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocaleTag();
}
