using System.Globalization;
using System.Text;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>
/// Merges translations back into a pack's YAML files by editing the exact scalars in place (text positions from
/// YamlDotNet), so comments, key order and layout stay as they were; a file with no change is not rewritten.
/// </summary>
public static class PackStringImporter
{
    /// <summary>Applies <paramref name="rows"/> for <paramref name="locale"/> to the pack in <paramref name="directory"/>.</summary>
    public static ImportResult Import(string directory, string locale, IEnumerable<TranslatedString> rows, bool allowValidatedChanges)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var catalog = PackStringCatalog.Read(directory, locale);
        var slots = catalog.Slots.ToDictionary(s => s.Entry.Key, StringComparer.Ordinal);
        var issues = new List<ImportIssue>();
        var changes = new List<(StringSlot Slot, string Text)>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (!slots.TryGetValue(row.Key, out var slot))
            {
                issues.Add(new(ImportIssueKind.UnknownKey, row.Key, "no such string in the pack (renamed or removed?); not applied"));
                continue;
            }

            var entry = slot.Entry;
            if (!string.Equals(Normalize(row.Source), Normalize(entry.Source), StringComparison.Ordinal))
            {
                issues.Add(new(ImportIssueKind.Conflict, row.Key, $"the source text changed since export (now: \"{entry.Source}\"); not applied, translate it again"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Target))
            {
                issues.Add(new(ImportIssueKind.Untranslated, row.Key, "no translation"));
                continue;
            }

            if (string.Equals(row.Target, entry.Target, StringComparison.Ordinal))
            {
                unchanged++;
                continue;
            }

            var missing = entry.Placeholders.Where(p => !row.Target.Contains(p, StringComparison.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                issues.Add(new(ImportIssueKind.PlaceholderMismatch, row.Key, $"the translation lacks {string.Join(", ", missing)}; not applied"));
                continue;
            }

            if (entry.Validated && !allowValidatedChanges)
            {
                issues.Add(new(ImportIssueKind.ValidatedRefused, row.Key, "validated translation: change refused (use --allow-validated-changes to apply it)"));
                continue;
            }

            changes.Add((slot, row.Target));
        }

        var written = new List<string>();
        foreach (var group in changes.Where(c => c.Slot is LocaleMapSlot).GroupBy(c => ((LocaleMapSlot)c.Slot).RelativeFile, StringComparer.Ordinal))
        {
            var path = Path.Join(directory, group.Key);
            var text = File.ReadAllText(path);
            var edits = group.Select(c => MapEdit(text, (LocaleMapSlot)c.Slot, locale, c.Text)).ToList();
            Write(path, YamlTextEdits.Apply(text, edits));
            written.Add(group.Key);
        }

        var messageChanges = changes.Where(c => c.Slot is MessageSlot).Select(c => ((MessageSlot)c.Slot, c.Text)).ToList();
        if (messageChanges.Count > 0)
        {
            var relative = $"messages/{locale}.yaml";
            WriteMessages(directory, relative, locale, catalog, messageChanges);
            written.Add(relative);
        }

        if (changes.Count > 0 && !catalog.Locales.Any(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase)) && AddLocale(directory, locale))
        {
            written.Add("pack.yaml");
        }

        return new ImportResult(changes.Count, unchanged, issues, written);
    }

    /// <summary>Lists a new locale in pack.yaml (<c>complete: false</c>), after the last listed locale.</summary>
    private static bool AddLocale(string directory, string locale)
    {
        var path = Path.Join(directory, "pack.yaml");
        var text = File.ReadAllText(path);
        if (PackStringCatalog.Parse(text, "pack.yaml") is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("locales"), out var node)
            || node is not YamlSequenceNode { Children.Count: > 0 } locales
            || locales.Style == SequenceStyle.Flow)
        {
            return false;
        }

        var last = locales.Children[^1];
        var lineStart = text.LastIndexOf('\n', Math.Max(0, (int)last.Start.Index - 1)) + 1;
        var prefix = text[lineStart..(int)last.Start.Index];
        var item = last is YamlMappingNode { Style: MappingStyle.Flow }
            ? $"{{ code: {locale}, name: {locale}, direction: ltr, complete: false }}"
            : $"code: {locale}{YamlTextEdits.NewLine(text)}{new string(' ', prefix.Length)}complete: false";
        var end = YamlTextEdits.EndOf(text, last);
        Write(path, YamlTextEdits.Apply(text, [new TextEdit(end, end, $"{YamlTextEdits.NewLine(text)}{prefix}{item}")]));
        return true;
    }

    /// <summary>Line breaks are compared as LF: spreadsheets and XML round trips turn CRLF into LF.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static TextEdit MapEdit(string text, LocaleMapSlot slot, string locale, string value)
    {
        var map = slot.Map;
        var flow = map.Style == MappingStyle.Flow;
        if (map.Children.TryGetValue(new YamlScalarNode(locale), out var existing) && existing is YamlScalarNode scalar)
        {
            return YamlTextEdits.ReplaceScalar(text, scalar, value, flow);
        }

        var last = map.Children.Last();
        var end = YamlTextEdits.EndOf(text, last.Value);
        var formatted = YamlTextEdits.Format(value, flow, preferDoubleQuoted: false);
        if (flow)
        {
            return new TextEdit(end, end, $", {locale}: {formatted}");
        }

        var indent = new string(' ', (int)map.Children.First().Key.Start.Column - 1);
        return new TextEdit(end, end, $"{YamlTextEdits.NewLine(text)}{indent}{locale}: {formatted}");
    }

    private static void WriteMessages(string directory, string relative, string locale, PackStringCatalog catalog, List<(MessageSlot Slot, string Text)> changes)
    {
        var path = Path.Join(directory, relative);
        if (!File.Exists(path))
        {
            var builder = new StringBuilder();
            builder.Append(CultureInfo.InvariantCulture, $"# Messages in '{locale}' imported from a translation file (wellbeing content strings import).\n");
            builder.Append(CultureInfo.InvariantCulture, $"# Placeholders in braces ({{title}}, {{minutes}}, ...) are filled in by the engine; keep them.\n");
            builder.Append(CultureInfo.InvariantCulture, $"locale: {locale}\nmessages:\n");
            foreach (var (slot, value) in changes.OrderBy(c => c.Slot.Order))
            {
                builder.Append(CultureInfo.InvariantCulture, $"  {slot.MessageKey}: {YamlTextEdits.Format(value, flow: false, preferDoubleQuoted: false)}\n");
            }

            Write(path, builder.ToString());
            return;
        }

        var text = File.ReadAllText(path);
        var root = PackStringCatalog.Parse(text, relative) as YamlMappingNode;
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("messages"), out var node) || node is not YamlMappingNode messages || messages.Children.Count == 0)
        {
            throw new ContentValidationException([new ContentProblem(relative, 1, 1, "expected a non-empty 'messages:' mapping to merge into")]);
        }

        // Where each message key of the source sits, so that a new key goes after the closest earlier key present.
        var order = catalog.Slots.OfType<MessageSlot>().ToDictionary(s => s.MessageKey, s => s.Order, StringComparer.Ordinal);
        var present = messages.Children
            .Where(kv => kv.Key is YamlScalarNode)
            .Select(kv => (Key: ((YamlScalarNode)kv.Key).Value!, kv.Key, kv.Value))
            .ToList();
        var indent = new string(' ', (int)present[0].Item2.Start.Column - 1);
        var edits = new List<TextEdit>();
        foreach (var (slot, value) in changes)
        {
            var match = present.FirstOrDefault(p => p.Key == slot.MessageKey);
            if (match.Value is YamlScalarNode scalar)
            {
                edits.Add(YamlTextEdits.ReplaceScalar(text, scalar, value, flow: false));
                continue;
            }

            var before = present
                .Where(p => order.TryGetValue(p.Key, out var o) && o < slot.Order)
                .OrderBy(p => order[p.Key])
                .LastOrDefault();
            var anchor = before.Value ?? present[^1].Value;
            var end = YamlTextEdits.EndOf(text, anchor);
            edits.Add(new TextEdit(end, end, $"{YamlTextEdits.NewLine(text)}{indent}{slot.MessageKey}: {YamlTextEdits.Format(value, flow: false, preferDoubleQuoted: false)}"));
        }

        // Several new keys after the same anchor keep the source order.
        Write(path, YamlTextEdits.Apply(text, edits));
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
