using System.Globalization;
using System.Text;

// Shared source (src/Shared): compiled into the core and into WellbeingKit.Content.Yaml, whose pack validator parses
// guards with the parser the runner evaluates. Each copy is internal; WellbeingKit.Content.Yaml's is in its own
// namespace (WELLBEINGKIT_CONTENT_YAML) so that an assembly seeing the internals of both (Content.Yaml.Tests,
// EndToEnd.Tests) can name each.
#if WELLBEINGKIT_CONTENT_YAML
namespace WellbeingKit.Content.Yaml;
#else
namespace WellbeingKit.Conversations.Conditions;
#endif

/// <summary>
/// A guard of a flow branch, such as <c>mood == 'low'</c>, <c>score.phq9 &gt;= 10 and not done</c> or
/// <c>emotion in ['sadness', 'fear']</c>. Parse it once with <see cref="Parse"/>, evaluate it per turn with <see cref="Evaluate"/>.
/// </summary>
/// <remarks>
/// Grammar: <c>or</c> of <c>and</c> of <c>not</c> of comparisons; comparisons use <c>== != &lt; &lt;= &gt; &gt;=</c> (numeric when
/// both sides read as numbers, else ordinal text) or <c>in [list]</c>; operands are variables (letters, digits, <c>_ . -</c>),
/// quoted strings (<c>'single'</c> or <c>"double"</c>), numbers, <c>true</c> and <c>false</c>. A missing variable is empty
/// and false; a variable alone is true unless it is empty, <c>false</c> or <c>0</c>.
/// </remarks>
internal sealed class ConditionExpression
{
    private readonly Node _root;

    private ConditionExpression(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The variables the expression reads, in order of first use.</summary>
    public IReadOnlyList<string> Variables => [.. _root.Variables().Distinct(StringComparer.Ordinal)];

    /// <summary>Parses a condition.</summary>
    /// <param name="text">The condition as written in the YAML <c>when:</c>.</param>
    /// <returns>The parsed condition.</returns>
    /// <exception cref="ConditionSyntaxException">The text is not a valid condition; the exception gives the 0-based offset of the problem.</exception>
    public static ConditionExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        return new ConditionExpression(text, parser.ParseAll());
    }

    /// <summary>Evaluates the condition.</summary>
    /// <param name="variables">Looks up a variable by name; returns null when it is not set.</param>
    /// <returns>Whether the condition holds.</returns>
    public bool Evaluate(Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return _root.Test(variables);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool IsTrue(string? value) =>
        !string.IsNullOrEmpty(value) && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static int? Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (double.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var l)
            && double.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var r))
        {
            return l.CompareTo(r);
        }

        return string.CompareOrdinal(left, right);
    }

    private abstract class Node
    {
        public virtual bool Test(Func<string, string?> variables) => IsTrue(Value(variables));

        public virtual string? Value(Func<string, string?> variables) => Test(variables) ? "true" : "false";

        public virtual IEnumerable<string> Variables() => [];
    }

    private sealed class Literal(string value) : Node
    {
        public override string? Value(Func<string, string?> variables) => value;
    }

    private sealed class Variable(string name) : Node
    {
        public override string? Value(Func<string, string?> variables) => variables(name);

        public override IEnumerable<string> Variables() => [name];
    }

    private sealed class Not(Node operand) : Node
    {
        public override bool Test(Func<string, string?> variables) => !operand.Test(variables);

        public override IEnumerable<string> Variables() => operand.Variables();
    }

    private sealed class Logical(Node left, Node right, bool and) : Node
    {
        public override bool Test(Func<string, string?> variables) =>
            and ? left.Test(variables) && right.Test(variables) : left.Test(variables) || right.Test(variables);

        public override IEnumerable<string> Variables() => left.Variables().Concat(right.Variables());
    }

    private sealed class Comparison(Node left, string op, Node right) : Node
    {
        public override bool Test(Func<string, string?> variables)
        {
            var l = left.Value(variables);
            var r = right.Value(variables);
            if (op is "==" or "!=")
            {
                var equal = l is not null && r is not null && Compare(l, r) == 0;
                equal |= l is null && r is null;
                return op == "==" ? equal : !equal;
            }

            var order = Compare(l, r);
            return order is not null && op switch
            {
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            };
        }

        public override IEnumerable<string> Variables() => left.Variables().Concat(right.Variables());
    }

    private sealed class In(Node left, IReadOnlyList<Node> items) : Node
    {
        public override bool Test(Func<string, string?> variables)
        {
            var l = left.Value(variables);
            return l is not null && items.Any(i => Compare(l, i.Value(variables)) == 0);
        }

        public override IEnumerable<string> Variables() => left.Variables().Concat(items.SelectMany(i => i.Variables()));
    }

    private enum TokenKind
    {
        End,
        Identifier,
        String,
        Number,
        Operator,
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        Comma,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Offset);

    private sealed class Parser
    {
        private readonly string _text;
        private readonly List<Token> _tokens;
        private int _index;

        public Parser(string text)
        {
            _text = text;
            _tokens = Tokenize(text);
        }

        private Token Current => _tokens[_index];

        public Node ParseAll()
        {
            if (Current.Kind == TokenKind.End)
            {
                throw new ConditionSyntaxException("The condition is empty.", 0);
            }

            var node = ParseOr();
            if (Current.Kind != TokenKind.End)
            {
                throw new ConditionSyntaxException($"Unexpected '{Current.Text}' after a complete condition.", Current.Offset);
            }

            return node;
        }

        private bool IsKeyword(string keyword) => Current.Kind == TokenKind.Identifier && Current.Text == keyword;

        private Node ParseOr()
        {
            var left = ParseAnd();
            while (IsKeyword("or"))
            {
                _index++;
                left = new Logical(left, ParseAnd(), and: false);
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseNot();
            while (IsKeyword("and"))
            {
                _index++;
                left = new Logical(left, ParseNot(), and: true);
            }

            return left;
        }

        private Node ParseNot()
        {
            if (IsKeyword("not"))
            {
                _index++;
                return new Not(ParseNot());
            }

            return ParseComparison();
        }

        private Node ParseComparison()
        {
            var left = ParseOperand();
            if (Current.Kind == TokenKind.Operator)
            {
                var op = Current.Text;
                _index++;
                return new Comparison(left, op, ParseOperand());
            }

            if (IsKeyword("in"))
            {
                _index++;
                return new In(left, ParseList());
            }

            return left;
        }

        private List<Node> ParseList()
        {
            Expect(TokenKind.LeftBracket, "'[' to start the list after 'in'");
            var items = new List<Node>();
            if (Current.Kind == TokenKind.RightBracket)
            {
                _index++;
                return items;
            }

            while (true)
            {
                items.Add(ParseOperand());
                if (Current.Kind == TokenKind.Comma)
                {
                    _index++;
                    continue;
                }

                Expect(TokenKind.RightBracket, "',' or ']' in the list");
                return items;
            }
        }

        private Node ParseOperand()
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.LeftParen:
                    _index++;
                    var inner = ParseOr();
                    Expect(TokenKind.RightParen, "')' to close the '(' at offset " + token.Offset.ToString(CultureInfo.InvariantCulture));
                    return inner;
                case TokenKind.String:
                case TokenKind.Number:
                    _index++;
                    return new Literal(token.Text);
                case TokenKind.Identifier when token.Text is "and" or "or" or "in":
                    throw new ConditionSyntaxException($"Expected a value before '{token.Text}'.", token.Offset);
                case TokenKind.Identifier when token.Text is "true" or "false":
                    _index++;
                    return new Literal(token.Text);
                case TokenKind.Identifier when token.Text == "not":
                    return ParseNot();
                case TokenKind.Identifier:
                    _index++;
                    return new Variable(token.Text);
                case TokenKind.End:
                    throw new ConditionSyntaxException("The condition ends where a value was expected.", token.Offset);
                default:
                    throw new ConditionSyntaxException($"Expected a value, found '{token.Text}'.", token.Offset);
            }
        }

        private void Expect(TokenKind kind, string what)
        {
            if (Current.Kind != kind)
            {
                var found = Current.Kind == TokenKind.End ? "the end of the condition" : $"'{Current.Text}'";
                throw new ConditionSyntaxException($"Expected {what}, found {found}.", Current.Offset);
            }

            _index++;
        }

        private static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                switch (c)
                {
                    case '(':
                        tokens.Add(new Token(TokenKind.LeftParen, "(", i++));
                        continue;
                    case ')':
                        tokens.Add(new Token(TokenKind.RightParen, ")", i++));
                        continue;
                    case '[':
                        tokens.Add(new Token(TokenKind.LeftBracket, "[", i++));
                        continue;
                    case ']':
                        tokens.Add(new Token(TokenKind.RightBracket, "]", i++));
                        continue;
                    case ',':
                        tokens.Add(new Token(TokenKind.Comma, ",", i++));
                        continue;
                    case '\'' or '"':
                        tokens.Add(ReadString(text, ref i));
                        continue;
                    case '=' or '!' or '<' or '>':
                        var two = i + 1 < text.Length && text[i + 1] == '=';
                        var op = two ? text.Substring(i, 2) : c.ToString();
                        if (op is "=" or "!")
                        {
                            throw new ConditionSyntaxException(op == "=" ? "Use '==' to compare, not '='." : "Use 'not' or '!=', not '!'.", i);
                        }

                        tokens.Add(new Token(TokenKind.Operator, op, i));
                        i += op.Length;
                        continue;
                }

                if (char.IsDigit(c) || (c is '-' or '+' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                {
                    i++;
                    while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                    {
                        i++;
                    }

                    var number = text[start..i];
                    if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        throw new ConditionSyntaxException($"'{number}' is not a number.", start);
                    }

                    tokens.Add(new Token(TokenKind.Number, number, start));
                    continue;
                }

                if (char.IsLetter(c) || c == '_')
                {
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '-'))
                    {
                        i++;
                    }

                    tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
                    continue;
                }

                throw new ConditionSyntaxException($"Unexpected character '{c}'.", i);
            }

            tokens.Add(new Token(TokenKind.End, "", text.Length));
            return tokens;
        }

        private static Token ReadString(string text, ref int i)
        {
            var quote = text[i];
            var start = i++;
            var value = new StringBuilder();
            while (i < text.Length && text[i] != quote)
            {
                if (text[i] == '\\' && i + 1 < text.Length)
                {
                    i++;
                }

                value.Append(text[i++]);
            }

            if (i >= text.Length)
            {
                throw new ConditionSyntaxException($"The string starting here is not closed with {quote}.", start);
            }

            i++;
            return new Token(TokenKind.String, value.ToString(), start);
        }
    }
}
