using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>Small, position-based edits of YAML text that keep everything else (comments, layout) as it was.</summary>
internal static partial class YamlTextEdits
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    /// <summary>Applies edits (any order; inserts at the same point keep their given order).</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var builder = new StringBuilder(text);
        var ordered = edits.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Start).ThenByDescending(x => x.i);
        foreach (var (edit, _) in ordered)
        {
            builder.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
        }

        return builder.ToString();
    }

    /// <summary>The edit that replaces a scalar's value, keeping double quotes when it had them.</summary>
    public static TextEdit ReplaceScalar(string text, YamlScalarNode scalar, string value, bool flow) =>
        new((int)scalar.Start.Index, EndOf(text, scalar), Format(value, flow, preferDoubleQuoted: scalar.Style == ScalarStyle.DoubleQuoted));

    /// <summary>The end of a node's text, without the line break and blank lines a block scalar swallows.</summary>
    public static int EndOf(string text, YamlNode node)
    {
        // YamlDotNet's collection nodes carry the start event's marks: find the end from the last child.
        switch (node)
        {
            case YamlMappingNode { Children.Count: > 0 } map:
                return CloseAfter(text, EndOf(text, map.Children.Last().Value), map.Style == MappingStyle.Flow ? '}' : null);
            case YamlSequenceNode { Children.Count: > 0 } seq:
                return CloseAfter(text, EndOf(text, seq.Children[^1]), seq.Style == SequenceStyle.Flow ? ']' : null);
            case YamlMappingNode or YamlSequenceNode:
                return CloseAfter(text, (int)node.Start.Index, node is YamlMappingNode ? '}' : ']');
        }

        var end = (int)node.End.Index;
        if (node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded })
        {
            while (end > node.Start.Index && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        return end;
    }

    private static int CloseAfter(string text, int index, char? close)
    {
        if (close is null)
        {
            return index;
        }

        var found = text.IndexOf(close.Value, index);
        return found < 0 ? index : found + 1;
    }

    /// <summary>The file's line break (CRLF when it uses CRLF).</summary>
    public static string NewLine(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>A value as a YAML scalar: plain when that is safe, double-quoted otherwise.</summary>
    public static string Format(string value, bool flow, bool preferDoubleQuoted)
    {
        if (!preferDoubleQuoted && IsPlainSafe(value, flow))
        {
            return value;
        }

        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value, bool flow) =>
        value.Length > 0
        && !Reserved.Contains(value)
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && (flow ? PlainFlow() : PlainBlock()).IsMatch(value)
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':');

    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^\r\n\t]*(?<=\S)$")]
    private static partial Regex PlainBlock();

    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^\r\n\t,\[\]{}]*(?<=\S)$")]
    private static partial Regex PlainFlow();
}
