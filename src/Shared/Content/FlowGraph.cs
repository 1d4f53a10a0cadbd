using System.Runtime.CompilerServices;

// Shared source (src/Shared): compiled into the core and into WellbeingKit.Content.Yaml, whose pack validator reads the
// same edges the runner follows. Each copy is internal; WellbeingKit.Content.Yaml's is in its own namespace
// (WELLBEINGKIT_CONTENT_YAML) so that an assembly seeing the internals of both (Content.Yaml.Tests, EndToEnd.Tests) can
// name each.
#if WELLBEINGKIT_CONTENT_YAML
namespace WellbeingKit.Content.Yaml;
#else
namespace WellbeingKit.Content;
#endif

/// <summary>
/// Where each state of a flow can go, derived once from its definition: the one model of a flow's edges that the
/// safety-flow check, the pack validator and the Mermaid diagram all read.
/// </summary>
/// <remarks>
/// The edges follow what the runner does: an option goes to its own <c>next</c> or else the question's; a branch tries
/// its cases, then <c>else</c> (or <c>next</c>); a capture goes to <c>next</c> on free text; an <c>end</c> state ends the
/// flow; a <c>flow</c> state goes to <c>next</c> once the flow it starts has ended (labelled <c>after flow &lt;id&gt;</c>);
/// every other state moves on to <c>next</c>, and a state with no <c>next</c> ends the flow.
/// </remarks>
internal sealed class FlowGraph
{
    private static readonly ConditionalWeakTable<FlowDefinition, FlowGraph> Cache = [];

    private readonly Dictionary<string, List<FlowEdge>> _outgoing = new(StringComparer.Ordinal);

    private FlowGraph(FlowDefinition flow)
    {
        Flow = flow;
        var edges = new List<FlowEdge>();
        foreach (var (name, state) in flow.States)
        {
            var outgoing = EdgesOf(name, state);
            _outgoing[name] = outgoing;
            edges.AddRange(outgoing);
        }

        Edges = edges;
    }

    /// <summary>The flow.</summary>
    public FlowDefinition Flow { get; }

    /// <summary>Every edge, state by state in the flow's order; within a state: options, cases, else, then next or end.</summary>
    public IReadOnlyList<FlowEdge> Edges { get; }

    /// <summary>The graph of <paramref name="flow"/>, built once per flow definition.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>Its graph.</returns>
    public static FlowGraph Of(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return Cache.GetValue(flow, static f => new FlowGraph(f));
    }

    /// <summary>True when the start state exists.</summary>
    public bool HasStart => Flow.States.ContainsKey(Flow.Start);

    /// <summary>The edges whose target names no state of the flow, one per field that names it.</summary>
    public IEnumerable<FlowEdge> Dangling => Edges
        .Where(e => e.To is not null && !Flow.States.ContainsKey(e.To))
        .DistinctBy(e => e.Pointer, StringComparer.Ordinal);

    /// <summary>The edges leaving <paramref name="state"/> (none for a state the flow does not have).</summary>
    /// <param name="state">The state's name.</param>
    /// <returns>Its edges.</returns>
    public IReadOnlyList<FlowEdge> From(string state) =>
        _outgoing.TryGetValue(state, out var edges) ? edges : [];

    /// <summary>The states reachable from the start, the start included (empty when the start does not exist).</summary>
    /// <returns>The reachable states.</returns>
    public HashSet<string> Reachable()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        if (!HasStart)
        {
            return reached;
        }

        reached.Add(Flow.Start);
        var queue = new Queue<string>([Flow.Start]);
        while (queue.TryDequeue(out var name))
        {
            foreach (var edge in From(name))
            {
                if (edge.To is not null && Flow.States.ContainsKey(edge.To) && reached.Add(edge.To))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// True when the flow is complete enough to be used as a safety flow: its start and every state it names exist, it
    /// shows helplines and it offers a person. The engine runs its built-in safety flow instead of one that is not, so
    /// content cannot weaken the crisis path; the pack validator tells the author why.
    /// </summary>
    /// <returns>Whether the flow can be a safety flow.</returns>
    public bool IsValidSafetyFlow() =>
        HasStart
        && !Dangling.Any()
        && Flow.States.Values.Any(s => s.Type == FlowStepType.Helplines)
        && Flow.States.Values.Any(s => s.Type == FlowStepType.Handoff);

    private static List<FlowEdge> EdgesOf(string name, FlowState state)
    {
        var at = JsonPointer.Append("/states", name);
        var edges = new List<FlowEdge>();
        for (var i = 0; i < state.Options.Count; i++)
        {
            var option = state.Options[i];
            edges.Add(option.Next is null
                ? new FlowEdge(name, state.Next, option.Value, at + "/next")
                : new FlowEdge(name, option.Next, option.Value, JsonPointer.Append(at + "/options", i) + "/next"));
        }

        for (var i = 0; i < state.Cases.Count; i++)
        {
            edges.Add(new FlowEdge(name, state.Cases[i].Next, state.Cases[i].When, JsonPointer.Append(at + "/cases", i) + "/next"));
        }

        if (state.Type == FlowStepType.Branch)
        {
            edges.Add(state.Else is null
                ? new FlowEdge(name, state.Next, "else", at + "/next")
                : new FlowEdge(name, state.Else, "else", at + "/else"));
        }
        else if (state.Type == FlowStepType.End)
        {
            edges.Add(new FlowEdge(name, null, null, at));
        }
        else if (state.Options.Count == 0 || state.Type == FlowStepType.Capture)
        {
            var label = state.Type switch
            {
                FlowStepType.Capture => "text",
                FlowStepType.Flow => "after flow " + state.Flow,
                _ => null,
            };
            edges.Add(new FlowEdge(name, state.Next, label, at + "/next"));
        }

        // Fields that name a state the runner does not go to from here still reference it.
        if (state.Next is not null && !edges.Any(e => e.Taken && e.Pointer == at + "/next"))
        {
            edges.Add(new FlowEdge(name, state.Next, null, at + "/next", Taken: false));
        }

        if (state.Else is not null && !edges.Any(e => e.Pointer == at + "/else"))
        {
            edges.Add(new FlowEdge(name, state.Else, "else", at + "/else", Taken: false));
        }

        return edges;
    }
}
