using System.Globalization;
using System.Text;
using WellbeingKit.Content.Yaml.Strings;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml.Authoring;

/// <summary>
/// Adds a locale to a pack, or removes one (<c>wellbeing content add-locale / remove-locale</c>), editing the YAML in
/// place so comments and layout stay as they were. A new locale starts partial (<c>fallback:</c> the default locale):
/// the pack stays valid except for what must never fall back, which is left for the author to write and named in the
/// next steps: the safety flows' texts and, for a language the kit has none for, crisis phrases.
/// </summary>
public static class PackLocaleEditor
{
    /// <summary>Adds <paramref name="locale"/> to the pack in <paramref name="directory"/>.</summary>
    /// <param name="directory">The pack folder.</param>
    /// <param name="locale">The locale tag (read loosely: <c>UK</c>, <c>pt_br</c>).</param>
    /// <returns>The files written and the next steps.</returns>
    /// <exception cref="ArgumentException">The tag is not a locale, or the pack already has it.</exception>
    /// <exception cref="ContentValidationException">pack.yaml or a flow cannot be read.</exception>
    public static TemplateResult Add(string directory, string locale)
    {
        var (manifestText, manifest) = Read(directory, "pack.yaml");
        var code = Locales.Normalize(locale) ?? throw new ArgumentException($"'{locale}' is not a locale tag such as uk, sw or pt-BR", nameof(locale));
        var defaultLocale = PackStringCatalog.Scalar(manifest, "default_locale") ?? "en";
        var list = manifest.Children.TryGetValue(new YamlScalarNode("locales"), out var node) ? node as YamlSequenceNode : null;
        if (list is null or { Style: SequenceStyle.Flow } or { Children.Count: 0 })
        {
            throw new ArgumentException("pack.yaml has no block list under 'locales:' (one '- code: ...' per line); add the locale there by hand", nameof(directory));
        }

        if (Codes(list).Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"the pack already has the locale '{code}'", nameof(locale));
        }

        // The new entry goes after the last one, at the same indentation.
        var newLine = YamlTextEdits.NewLine(manifestText);
        var indent = new string(' ', (int)list.Children[0].Start.Column - 1);
        var entry = new StringBuilder();
        entry.Append(newLine).Append(indent[..^2]).Append("- code: ").Append(code);
        if (Locales.IsRightToLeft(code))
        {
            entry.Append(newLine).Append(indent).Append("direction: rtl");
        }

        entry.Append(newLine).Append(indent).Append("fallback: ").Append(defaultLocale)
            .Append("  # partial: a text not translated yet is shown in ").Append(defaultLocale).Append("; remove when every text is translated");
        var written = new List<string> { "pack.yaml" };
        Write(directory, "pack.yaml", YamlTextEdits.Apply(manifestText, [new TextEdit(YamlTextEdits.EndOf(manifestText, list), YamlTextEdits.EndOf(manifestText, list), entry.ToString())]));

        var messages = $"messages/{code}.yaml";
        var safetyKeys = SafetyMessageKeys(directory, manifest);
        if (!File.Exists(Path.Join(directory, messages)))
        {
            Write(directory, messages, SafetyMessages(directory, code, defaultLocale, safetyKeys));
            written.Add(messages);
        }

        var steps = new List<string>();
        if (safetyKeys.Count > 0)
        {
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"{messages} holds the {safetyKeys.Count} texts of the safety flow(s), empty: translate each into '{code}' (the English is in the comment above it). They never fall back to '{defaultLocale}', so 'content validate' refuses the pack until they are written."));
        }

        steps.AddRange(PackTemplate.NextSteps([code]).Where(s => s.Contains("lexicons/", StringComparison.Ordinal)));
        steps.Add($"Everything else falls back to '{defaultLocale}' until translated: 'wellbeing content strings export {directory} --locale {code}' gives translators a file, 'content strings coverage' shows progress.");
        return new TemplateResult(written, steps);
    }

    /// <summary>Removes <paramref name="locale"/> from the pack: its entry, its files and its texts in every content file.</summary>
    /// <param name="directory">The pack folder.</param>
    /// <param name="locale">The locale tag.</param>
    /// <returns>The files changed or deleted.</returns>
    /// <exception cref="ArgumentException">The pack does not have the locale, or it is the default locale.</exception>
    public static TemplateResult Remove(string directory, string locale)
    {
        var (manifestText, manifest) = Read(directory, "pack.yaml");
        var code = Locales.Normalize(locale) ?? locale;
        var defaultLocale = PackStringCatalog.Scalar(manifest, "default_locale") ?? "en";
        if (string.Equals(code, defaultLocale, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{code}' is the pack's default locale (default_locale in pack.yaml); choose another default first", nameof(locale));
        }

        var list = manifest.Children.TryGetValue(new YamlScalarNode("locales"), out var node) ? node as YamlSequenceNode : null;
        var item = list?.Children.OfType<YamlMappingNode>().FirstOrDefault(i => string.Equals(PackStringCatalog.Scalar(i, "code"), code, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"the pack has no locale '{code}' (pack.yaml lists {string.Join(", ", list is null ? [] : Codes(list))})", nameof(locale));

        var changed = new List<string>();
        Write(directory, "pack.yaml", YamlTextEdits.Apply(manifestText, [RemoveItem(manifestText, list!, item)]));
        changed.Add("pack.yaml");
        foreach (var folder in new[] { "messages", "lexicons", "lint" })
        {
            var path = Path.Join(directory, folder, code + ".yaml");
            if (File.Exists(path))
            {
                File.Delete(path);
                changed.Add($"{folder}/{code}.yaml (deleted)");
            }
        }

        foreach (var folder in new[] { "exercises", "questionnaires", "helplines", "flows" })
        {
            var path = Path.Join(directory, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.yaml").Order(StringComparer.Ordinal))
            {
                var relative = folder + "/" + Path.GetFileName(file);
                var (text, root) = Read(directory, relative);
                var edits = new List<TextEdit>();
                Collect(text, root, code, defaultLocale, edits, parentKey: null);
                if (edits.Count > 0)
                {
                    Write(directory, relative, YamlTextEdits.Apply(text, edits));
                    changed.Add(relative);
                }
            }
        }

        return new TemplateResult(changed, []);
    }

    /// <summary>Edits that remove <paramref name="code"/>'s text from every locale map, its triggers and its validated-locale entry.</summary>
    private static void Collect(string text, YamlNode node, string code, string defaultLocale, List<TextEdit> edits, string? parentKey)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var localeMap = map.Children.ContainsKey(new YamlScalarNode(defaultLocale)) || parentKey == "triggers";
                foreach (var (key, value) in map.Children)
                {
                    var name = (key as YamlScalarNode)?.Value;
                    if (localeMap && string.Equals(name, code, StringComparison.OrdinalIgnoreCase))
                    {
                        edits.Add(RemoveEntry(text, map, key));
                    }
                    else
                    {
                        Collect(text, value, code, defaultLocale, edits, name);
                    }
                }

                break;
            case YamlSequenceNode sequence when parentKey == "validated_locales":
                foreach (var item in sequence.Children.Where(i => string.Equals((i as YamlScalarNode)?.Value, code, StringComparison.OrdinalIgnoreCase)))
                {
                    edits.Add(RemoveItem(text, sequence, item));
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Collect(text, item, code, defaultLocale, edits, parentKey: null);
                }

                break;
        }
    }

    /// <summary>Removes one entry of a mapping: its whole lines in block style, the entry and one comma in flow style.</summary>
    private static TextEdit RemoveEntry(string text, YamlMappingNode map, YamlNode key)
    {
        var end = YamlTextEdits.EndOf(text, map.Children[key]);
        if (map.Style == MappingStyle.Flow)
        {
            var keys = map.Children.Keys.ToList();
            var index = keys.IndexOf(key);
            return index > 0
                ? new TextEdit(YamlTextEdits.EndOf(text, map.Children[keys[index - 1]]), end, "")
                : new TextEdit((int)key.Start.Index, keys.Count > 1 ? (int)keys[1].Start.Index : end, "");
        }

        return Lines(text, (int)key.Start.Index, end);
    }

    /// <summary>Removes one item of a sequence: its whole lines in block style, the item and one comma in flow style.</summary>
    private static TextEdit RemoveItem(string text, YamlSequenceNode sequence, YamlNode item)
    {
        var end = YamlTextEdits.EndOf(text, item);
        var index = sequence.Children.IndexOf(item);
        if (sequence.Style == SequenceStyle.Flow)
        {
            return index > 0
                ? new TextEdit(YamlTextEdits.EndOf(text, sequence.Children[index - 1]), end, "")
                : new TextEdit((int)item.Start.Index, sequence.Children.Count > 1 ? (int)sequence.Children[1].Start.Index : end, "");
        }

        // A block item starts at its dash, before the node.
        var dash = text.LastIndexOf('-', (int)item.Start.Index);
        return Lines(text, dash < 0 ? (int)item.Start.Index : dash, end);
    }

    /// <summary>The whole lines from <paramref name="start"/> to <paramref name="end"/>, line break included.</summary>
    private static TextEdit Lines(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', end);
        return new TextEdit(lineStart, lineEnd < 0 ? text.Length : lineEnd + 1, "");
    }

    /// <summary>The message keys of the pack's safety flows (title, <c>say:</c>, option labels), in the order they appear.</summary>
    private static List<string> SafetyMessageKeys(string directory, YamlMappingNode manifest)
    {
        var ids = new List<string>();
        if (PackStringCatalog.Scalar(manifest, "safety_flow") is { } main)
        {
            ids.Add(main);
        }

        if (manifest.Children.TryGetValue(new YamlScalarNode("safety_flows"), out var kinds) && kinds is YamlMappingNode byKind)
        {
            ids.AddRange(byKind.Children.Values.OfType<YamlScalarNode>().Select(v => v.Value).OfType<string>());
        }

        var keys = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Join(directory, "flows", id + ".yaml")) || Read(directory, $"flows/{id}.yaml").Root is not { } flow)
            {
                continue;
            }

            if (PackStringCatalog.Scalar(flow, "title") is { } title)
            {
                keys.Add(title);
            }

            if (flow.Children.TryGetValue(new YamlScalarNode("states"), out var states) && states is YamlMappingNode stateMap)
            {
                foreach (var state in stateMap.Children.Values.OfType<YamlMappingNode>())
                {
                    if (state.Children.TryGetValue(new YamlScalarNode("say"), out var say) && say is YamlSequenceNode sayList)
                    {
                        keys.AddRange(sayList.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>());
                    }

                    if (state.Children.TryGetValue(new YamlScalarNode("options"), out var options) && options is YamlSequenceNode optionList)
                    {
                        keys.AddRange(optionList.Children.OfType<YamlMappingNode>().Select(o => PackStringCatalog.Scalar(o, "label")).OfType<string>());
                    }
                }
            }
        }

        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string SafetyMessages(string directory, string code, string defaultLocale, List<string> keys)
    {
        var source = File.Exists(Path.Join(directory, "messages", defaultLocale + ".yaml"))
            && Read(directory, $"messages/{defaultLocale}.yaml").Root is { } root
            && root.Children.TryGetValue(new YamlScalarNode("messages"), out var node) && node is YamlMappingNode map
                ? map
                : null;
        var text = new StringBuilder();
        if (Directory.Exists(Path.Join(directory, PackTemplate.SchemaFolder)))
        {
            text.Append(CultureInfo.InvariantCulture, $"# yaml-language-server: $schema=../{PackTemplate.SchemaFolder}/messages.schema.json\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"# The texts of '{code}'. The safety flow's texts are listed, empty: translate each (the {defaultLocale} text is in the\n");
        text.Append(CultureInfo.InvariantCulture, $"# comment above it). Any other key of messages/{defaultLocale}.yaml may be added here; until then it is shown in {defaultLocale}.\n");
        text.Append(CultureInfo.InvariantCulture, $"locale: {code}\n");
        text.Append(keys.Count == 0 ? "messages: {}\n" : "messages:\n");
        foreach (var key in keys)
        {
            if (source is not null && PackStringCatalog.Scalar(source, key) is { } english)
            {
                text.Append(CultureInfo.InvariantCulture, $"  # {english.ReplaceLineEndings(" ")}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"  {key}: \"\"\n");
        }

        return text.ToString();
    }

    private static IEnumerable<string> Codes(YamlSequenceNode list) =>
        list.Children.OfType<YamlMappingNode>().Select(i => PackStringCatalog.Scalar(i, "code")).OfType<string>();

    private static (string Text, YamlMappingNode Root) Read(string directory, string relative)
    {
        var text = File.ReadAllText(Path.Join(directory, relative));
        return (text, PackStringCatalog.Parse(text, relative) as YamlMappingNode
            ?? throw new ContentValidationException([new ContentProblem(relative, 1, 1, "expected a mapping")]));
    }

    private static void Write(string directory, string relative, string text)
    {
        var path = Path.Join(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
