namespace WellbeingKit.AspNetCore.Internal;

/// <summary>A helpline as the page shows it. <c>NameLang</c> is the language of the name when it is not the reply's (for <c>lang</c>).</summary>
internal sealed record HelplineDto(
    string Name,
    string Country,
    string? Phone,
    string? Sms,
    string? Url,
    string? Hours,
    string? Description,
    IReadOnlyList<string> Topics,
    string? NameLang);
