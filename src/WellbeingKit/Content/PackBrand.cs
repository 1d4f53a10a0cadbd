namespace WellbeingKit.Content;

/// <summary>How the kit presents itself.</summary>
public sealed record PackBrand
{
    /// <summary>The assistant's name shown to users.</summary>
    public string Name { get; init; } = "WellbeingKit";

    /// <summary>The tone of voice (for example <c>warm</c>, <c>calm</c>, <c>professional</c>).</summary>
    public string Tone { get; init; } = "warm";

    /// <summary>The primary colour (CSS hex, for example <c>#2f6f73</c>).</summary>
    public string PrimaryColor { get; init; } = "#2f6f73";

    /// <summary>The accent colour (CSS hex).</summary>
    public string AccentColor { get; init; } = "#f2a65a";
}
