using System.Text;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Conversations;

/// <summary>Draws a flow as a Mermaid <c>stateDiagram-v2</c>: its states, and transitions labelled with option values and guards.</summary>
public static class FlowDiagram
{
    /// <summary>The Mermaid text of <paramref name="flow"/>.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>Mermaid <c>stateDiagram-v2</c> text, one line per state and transition.</returns>
    public static string ToMermaid(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var text = new StringBuilder();
        text.AppendLine("stateDiagram-v2");
        text.AppendLine(FormattableString.Invariant($"    %% flow {flow.Id} ({flow.Kind.ToString().ToLowerInvariant()})"));
        foreach (var (name, state) in flow.States)
        {
            var detail = state.Type switch
            {
                FlowStepType.Exercise => state.Exercise is null ? "exercise (selector)" : "exercise " + state.Exercise,
                FlowStepType.Questionnaire => "questionnaire " + state.Questionnaire,
                FlowStepType.Capture when state.Record is not null => "capture, record " + state.Record,
                FlowStepType.Handoff => "handoff " + (state.HandoffTo ?? "counsellor"),
                FlowStepType.Flow => "starts flow " + state.Flow,
                _ => state.Type.ToString().ToLowerInvariant(),
            };
            text.AppendLine(FormattableString.Invariant($"    state \"{name} ({detail})\" as {Id(name)}"));
        }

        text.AppendLine(FormattableString.Invariant($"    [*] --> {Id(flow.Start)}"));
        foreach (var edge in FlowGraph.Of(flow).Edges.Where(e => e.Taken))
        {
            Edge(text, edge.From, edge.To, edge.Label);
        }

        return text.ToString();
    }

    private static void Edge(StringBuilder text, string from, string? to, string? label)
    {
        var target = to is null ? "[*]" : Id(to);
        text.Append(FormattableString.Invariant($"    {Id(from)} --> {target}"));
        if (!string.IsNullOrEmpty(label))
        {
            text.Append(" : ").Append(label.Replace(":", "\\:", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal));
        }

        text.AppendLine();
    }

    private static string Id(string state)
    {
        var id = new StringBuilder(state.Length);
        foreach (var c in state)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return id.ToString();
    }
}
