using WellbeingKit.Content.Yaml;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>One row of risk-cases.tsv.</summary>
public sealed record RiskCase(int Line, string Locale, string Expected, string Category, string Text)
{
    public override string ToString() => $"{Locale}:{Line} {Expected} \"{Text}\"";
}

/// <summary>Loads the hand-written cases and the default pack's lexicon detector, once.</summary>
public static class RiskCases
{
    private static readonly Lazy<LexiconRiskDetector> DefaultDetector = new(() => LexiconRiskDetector.Create(ContentPackLoader.LoadDefault().Lexicons.Values));

    public static LexiconRiskDetector Detector => DefaultDetector.Value;

    public static IReadOnlyList<RiskCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Risk", "risk-cases.tsv");
        var cases = new List<RiskCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new FormatException($"risk-cases.tsv:{i + 1}: expected 4 tab-separated fields, found {fields.Length}.");
            }

            cases.Add(new RiskCase(i + 1, fields[0], fields[1], fields[2], fields[3]));
        }

        return cases;
    }

    public static TheoryData<RiskCase> All()
    {
        var data = new TheoryData<RiskCase>();
        foreach (var c in Load())
        {
            data.Add(c);
        }

        return data;
    }
}
