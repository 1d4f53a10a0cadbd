namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The body of <c>POST {prefix}/feedback</c>.</summary>
internal sealed record FeedbackRequest
{
    public string? ExerciseId { get; init; }

    public int? Rating { get; init; }

    public string? Outcome { get; init; }

    public string? Context { get; init; }
}
