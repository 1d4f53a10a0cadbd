namespace WellbeingKit.Content;

/// <summary>A conversation flow, a state machine authored in YAML (<c>flows/*.yaml</c>).</summary>
public sealed record FlowDefinition
{
    /// <summary>A stable identifier, lowercase with dashes.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of flow this is.</summary>
    public FlowKind Kind { get; init; } = FlowKind.General;

    /// <summary>The message key of the flow's title (shown in menus).</summary>
    public string? Title { get; init; }

    /// <summary>Words or phrases that start this flow when the user types them, by locale (for example <c>en: [check in, checkin]</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Triggers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The first state.</summary>
    public required string Start { get; init; }

    /// <summary>The states by name.</summary>
    public required IReadOnlyDictionary<string, FlowState> States { get; init; }
}
