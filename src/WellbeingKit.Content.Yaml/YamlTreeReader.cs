using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Reads YAML into <see cref="JsonNode"/> from YamlDotNet's event stream, without recursion, so that hostile
/// input (alias bombs, deep nesting, duplicate keys, several documents) is refused with a position instead of
/// exhausting the stack or memory.
/// </summary>
internal static class YamlTreeReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strict UTF-8 (a BOM is allowed); reports the first invalid byte's position otherwise.</summary>
    public static string? Decode(byte[] bytes, out ReadProblem? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problem = new ReadProblem(SourcePosition.Start, "the file is UTF-16, not UTF-8; save it as UTF-8");
            return null;
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(offset);
        var index = 0;
        while (index < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                var position = PositionOfByte(bytes, offset, offset + index);
                problem = new ReadProblem(position, string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8 (byte 0x{span[index]:X2}); save it as UTF-8"));
                return null;
            }

            index += consumed;
        }

        return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
    }

    private static SourcePosition PositionOfByte(byte[] bytes, int offset, int index)
    {
        var line = 1;
        var lineStart = offset;
        for (var i = offset; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters: count the UTF-8 lead bytes between the line start and the invalid byte.
        var column = 1;
        for (var i = lineStart; i < index && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }

    public static ParsedYaml Read(string text, ContentLimits limits)
    {
        var problems = new List<ReadProblem>();
        var positions = new SourcePositions();
        var stack = new List<Frame>();
        var anchors = new Dictionary<string, (JsonNode? Node, int Size)>(StringComparer.Ordinal);
        JsonNode? root = null;
        var documents = 0;
        long total = 0;

        if (TabIndent(text) is { } tab)
        {
            // YamlDotNet reports a tab in the indentation far from where it is, or as a puzzling token error.
            problems.Add(new ReadProblem(tab, "this line is indented with a tab; YAML needs spaces: replace the tab with spaces so the line lines up with the ones above"));
            return new ParsedYaml(null, positions, problems) { HasTree = false };
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            problems.Add(new ReadProblem(Position(start.Start), "the file holds more than one YAML document; keep one (remove the second '---')"));
                            return Finish(false);
                        }

                        break;

                    case Scalar scalar:
                        total++;
                        if (total > limits.MaxNodes)
                        {
                            return TooMany(scalar.Start);
                        }

                        if (stack.Count > 0 && stack[^1].AwaitsKey)
                        {
                            var frame = stack[^1];
                            var key = scalar.Value;
                            var keyPointer = JsonPointer.Append(frame.Pointer, key);
                            if (frame.PendingKeys.Contains(key))
                            {
                                var first = positions.Key(keyPointer);
                                problems.Add(new ReadProblem(Position(scalar.Start), string.Create(CultureInfo.InvariantCulture, $"duplicate key '{key}' (first at line {first.Line})")));
                                frame.Discard = true;
                            }

                            frame.PendingKeys.Add(key);
                            frame.PendingKey = key;
                            frame.PendingKeyPosition = Position(scalar.Start);
                            break;
                        }

                        var value = ConvertScalar(scalar);
                        Record(scalar.Start);
                        Attach(value, 1, scalar.Anchor);
                        break;

                    case MappingStart or SequenceStart:
                        total++;
                        if (total > limits.MaxNodes)
                        {
                            return TooMany(current.Start);
                        }

                        if (stack.Count > 0 && stack[^1].AwaitsKey)
                        {
                            problems.Add(new ReadProblem(Position(current.Start), "a key must be plain text, not a mapping or a list"));
                            return Finish(false);
                        }

                        if (stack.Count >= limits.MaxDepth)
                        {
                            problems.Add(new ReadProblem(Position(current.Start), string.Create(CultureInfo.InvariantCulture, $"the YAML is nested more than {limits.MaxDepth} levels deep")));
                            return Finish(false);
                        }

                        var pointer = ChildPointer();
                        Record(current.Start);
                        stack.Add(current is MappingStart
                            ? new Frame(new JsonObject(), pointer, ((NodeEvent)current).Anchor)
                            : new Frame(new JsonArray(), pointer, ((NodeEvent)current).Anchor));
                        break;

                    case MappingEnd or SequenceEnd:
                        var done = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        Attach(done.Node, done.Size, done.Anchor);
                        break;

                    case AnchorAlias alias:
                        if (stack.Count > 0 && stack[^1].AwaitsKey)
                        {
                            problems.Add(new ReadProblem(Position(alias.Start), "a key must be plain text, not an alias"));
                            return Finish(false);
                        }

                        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
                        {
                            problems.Add(new ReadProblem(Position(alias.Start), $"the alias '*{alias.Value.Value}' names no anchor defined before it"));
                            return Finish(false);
                        }

                        total += anchored.Size;
                        if (total > limits.MaxNodes)
                        {
                            return TooMany(alias.Start);
                        }

                        Record(alias.Start);
                        Attach(anchored.Node?.DeepClone(), anchored.Size, AnchorName.Empty);
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            problems.Add(new ReadProblem(Position(e.Start), Explain(e, text)));
            return Finish(false);
        }

        return Finish(true);

        ParsedYaml TooMany(Mark at)
        {
            problems.Add(new ReadProblem(Position(at), string.Create(CultureInfo.InvariantCulture, $"the file expands to more than {limits.MaxNodes} values (too many aliases or values); refusing to read it")));
            return Finish(false);
        }

        ParsedYaml Finish(bool complete) => new(complete ? root : null, positions, problems) { HasTree = complete };

        string ChildPointer()
        {
            if (stack.Count == 0)
            {
                return "";
            }

            var top = stack[^1];
            return top.Object is not null
                ? JsonPointer.Append(top.Pointer, top.PendingKey!)
                : JsonPointer.Append(top.Pointer, top.Array!.Count);
        }

        void Record(Mark at)
        {
            var pointer = ChildPointer();
            positions.AddValue(pointer, Position(at));
            if (stack.Count > 0 && stack[^1].Object is not null)
            {
                positions.AddKey(pointer, stack[^1].PendingKeyPosition);
            }
        }

        void Attach(JsonNode? node, int size, AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = (node, size);
            }

            if (stack.Count == 0)
            {
                root = node;
                return;
            }

            var top = stack[^1];
            top.Size += size;
            if (top.Object is not null)
            {
                if (!top.Discard)
                {
                    top.Object[top.PendingKey!] = node;
                }

                top.PendingKey = null;
                top.Discard = false;
            }
            else
            {
                top.Array!.Add(node);
            }
        }
    }

    private static SourcePosition Position(Mark mark) => new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    /// <summary>The first tab in a line's leading whitespace (outside block text), where YAML needs spaces.</summary>
    private static SourcePosition? TabIndent(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t')
                {
                    // A line of only whitespace is harmless.
                    var rest = text.AsSpan(i, end - i).Trim();
                    if (rest.Length > 0 && rest[0] != '#')
                    {
                        return new SourcePosition(line, i - start + 1);
                    }

                    break;
                }
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    /// <summary>YamlDotNet's error in plain words for the slips authors make most: a colon in a value, an indentation slip.</summary>
    private static string Explain(YamlException e, string text)
    {
        var message = Describe(e);
        if (message.Contains("mapping values are not allowed in this context", StringComparison.Ordinal)
            || message.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return "this value contains ': ', which YAML reads as the start of a new key; put the whole value in double quotes, for example say: \"Note: text\"";
        }

        if (message.Contains("did not find expected key", StringComparison.Ordinal)
            || message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return "the indentation does not line up: this line should start at the same column as the key or '- ' item it belongs with (use spaces, two per level)";
        }

        if (message.Contains("found character that cannot start any token", StringComparison.Ordinal))
        {
            var offset = Offset(text, e.Start);
            var character = offset < text.Length ? text[offset] : ' ';
            return character == '\t'
                ? "a tab here; YAML needs spaces: replace the tab with spaces"
                : $"a value cannot start with '{character}' in YAML; put the whole value in double quotes";
        }

        return "YAML syntax error: " + message;
    }

    private static int Offset(string text, Mark mark)
    {
        var line = 1;
        var index = 0;
        while (line < mark.Line && index < text.Length)
        {
            var next = text.IndexOf('\n', index);
            if (next < 0)
            {
                return text.Length;
            }

            index = next + 1;
            line++;
        }

        return Math.Min(text.Length, index + (int)Math.Max(0, mark.Column - 1));
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (Line: ...): ".
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        return message.Trim();
    }

    /// <summary>Reads a scalar as YAML 1.2's core schema does: quoted or tagged-as-string scalars are text; plain ones may be null, booleans or numbers.</summary>
    private static JsonNode? ConvertScalar(Scalar scalar)
    {
        var value = scalar.Value;
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (scalar.Style != ScalarStyle.Plain || tag is "tag:yaml.org,2002:str" or "!")
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when value.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) => JsonValue.Create(h),
            _ when LooksNumeric(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => JsonValue.Create(d),
            _ => JsonValue.Create(value),
        };
    }

    private static bool LooksNumeric(string value) =>
        value.Length > 0 && (char.IsAsciiDigit(value[0]) || ((value[0] is '-' or '+' or '.') && value.Length > 1 && (char.IsAsciiDigit(value[1]) || value[1] == '.')));

    private sealed class Frame
    {
        public Frame(JsonObject node, string pointer, AnchorName anchor)
        {
            Object = node;
            Node = node;
            Pointer = pointer;
            Anchor = anchor;
        }

        public Frame(JsonArray node, string pointer, AnchorName anchor)
        {
            Array = node;
            Node = node;
            Pointer = pointer;
            Anchor = anchor;
        }

        public JsonNode Node { get; }

        public JsonObject? Object { get; }

        public JsonArray? Array { get; }

        public string Pointer { get; }

        public AnchorName Anchor { get; }

        public int Size { get; set; } = 1;

        public string? PendingKey { get; set; }

        public SourcePosition PendingKeyPosition { get; set; }

        public bool Discard { get; set; }

        public HashSet<string> PendingKeys { get; } = new(StringComparer.Ordinal);

        public bool AwaitsKey => Object is not null && PendingKey is null;
    }
}
