namespace WellbeingKit.AspNetCore.Internal;

internal sealed record ConversationDto(
    string? Locale,
    string Direction,
    string? FlowId,
    string? State,
    IReadOnlyList<TranscriptLineDto> Transcript,
    DateTimeOffset? UpdatedAt,
    bool Safety,
    IReadOnlyList<HelplineDto> Helplines);
