using System.Text.Json;
using WellbeingKit.Risk;

namespace WellbeingKit.Content.Yaml;

/// <summary>Enum values as an author writes them in YAML (<c>general</c>, <c>high</c>).</summary>
internal static class YamlNames
{
    public static string Kebab(FlowKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    public static string Kebab(RiskLevel level) => level.ToString().ToLowerInvariant();
}
