namespace WellbeingKit.Privacy;

/// <summary>What the log redaction scrubs. Set with <c>builder.AddLogRedaction(o => o.Names.Add("Alice"))</c>.</summary>
public sealed class LogRedactionOptions
{
    /// <summary>Names (people, places, organisations) to scrub, matched as whole words, case-insensitively.</summary>
    public IList<string> Names { get; } = [];

    /// <summary>Whether e-mail addresses are scrubbed (default true).</summary>
    public bool RedactEmails { get; set; } = true;

    /// <summary>Whether phone numbers are scrubbed (default true): international (+44 20 7946 0958) and local (555-123-4567, (555) 123-4567) forms.</summary>
    public bool RedactPhoneNumbers { get; set; } = true;
}
