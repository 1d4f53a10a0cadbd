using System.Globalization;

namespace WellbeingKit.Benchmarks.Tools;

/// <summary>Minimal <c>--name value</c> argument reading for the console modes; a bad argument is an error naming it.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Args(string mode) => Mode = mode;

    public string Mode { get; }

    /// <summary>Parses <c>--name value</c> pairs, refusing names not in <paramref name="allowed"/>.</summary>
    public static Args Parse(string mode, string[] args, params string[] allowed)
    {
        var result = new Args(mode);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!allowed.Contains(args[i]) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"{mode}: unknown argument or missing value '{args[i]}'. Arguments: {string.Join(' ', allowed.Select(a => a + " <value>"))}.");
            }

            result._values[args[i]] = args[i + 1];
        }

        return result;
    }

    public string? String(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{Mode}: {name} must be a positive whole number, not '{text}'.");
    }
}
