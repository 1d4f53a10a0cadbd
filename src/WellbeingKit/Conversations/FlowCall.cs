namespace WellbeingKit.Conversations;

/// <summary>A flow that started another through a <c>type: flow</c> state, and where it goes on when that flow ends.</summary>
/// <param name="FlowId">The calling flow.</param>
/// <param name="Next">The calling state's <c>next</c>: where the caller goes on; null when the caller ends too.</param>
/// <param name="Called">The flow it started.</param>
public sealed record FlowCall(string FlowId, string? Next, string Called);
