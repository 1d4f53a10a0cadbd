using System.CommandLine;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Conversations;
using WellbeingKit.Safety;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing content diagram &lt;flow-id&gt; [--content dir]</c>: prints a flow as a Mermaid state diagram.</summary>
internal static class ContentDiagramCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var flowId = new Argument<string>("flow-id") { Description = "The flow to draw (builtin.safety and builtin.resume are the kit's own)." };
        var content = new Option<string?>("--content") { Description = "A content pack folder; the default pack when left out." };
        var diagram = new Command("diagram", "Print a flow as a Mermaid stateDiagram-v2 (paste it into a Markdown ```mermaid block).")
        {
            flowId, content,
        };
        diagram.SetAction(parseResult => Run(
            parseResult.GetValue(flowId)!, parseResult.GetValue(content), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return diagram;
    }

    internal static int Run(string flowId, string? directory, TextWriter output, TextWriter error)
    {
        var flow = flowId switch
        {
            BuiltInFlows.SafetyFlowId => BuiltInFlows.Safety,
            BuiltInFlows.ResumeFlowId => BuiltInFlows.Resume,
            _ => null,
        };
        if (flow is null)
        {
            var pack = ContentTestCommand.TryLoadPack(directory, error);
            if (pack is null)
            {
                return 1;
            }

            if (!pack.Flows.TryGetValue(flowId, out flow))
            {
                error.WriteLine($"No flow '{flowId}' in the pack. Flows: {string.Join(", ", pack.Flows.Keys.Order(StringComparer.Ordinal))}, {BuiltInFlows.SafetyFlowId}, {BuiltInFlows.ResumeFlowId}.");
                return 1;
            }
        }

        output.Write(FlowDiagram.ToMermaid(flow));
        return 0;
    }
}
