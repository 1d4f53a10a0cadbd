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
/// One edge of a flow: a state, the state it goes to (null: the flow ends there) and why (an option's value, a guard,
/// <c>else</c>, <c>text</c> for a capture's free text, or nothing for a plain <c>next:</c>).
/// </summary>
/// <param name="From">The state the edge leaves.</param>
/// <param name="To">The state it goes to, as written in the flow; null when the flow ends.</param>
/// <param name="Label">What takes the edge, or null for a plain move on.</param>
/// <param name="Pointer">The JSON pointer, in the flow file, of the field that names <paramref name="To"/> (for positions in errors).</param>
/// <param name="Taken">
/// False for a field that names a state the runner never goes to from here (a question's <c>next:</c> when every
/// option has its own, an <c>else:</c> outside a branch): it still counts for references and reachability.
/// </param>
internal sealed record FlowEdge(string From, string? To, string? Label, string Pointer, bool Taken = true);
