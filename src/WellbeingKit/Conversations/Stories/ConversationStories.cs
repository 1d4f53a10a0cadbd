using System.Globalization;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Stories;

/// <summary>What a step of a conversation test does.</summary>
public enum StoryStepKind
{
    /// <summary><c>user: "text"</c>: the user sends the text.</summary>
    User,

    /// <summary><c>bot_says: "text"</c>: a message of the last reply contains the text (case- and accent-insensitive).</summary>
    BotSays,

    /// <summary><c>bot_not_says: "text"</c>: no message of the last reply contains the text.</summary>
    BotNotSays,

    /// <summary><c>bot_offers: "text"</c>: the last reply has a quick reply whose value is the text or whose label contains it.</summary>
    BotOffers,

    /// <summary><c>bot_shows_helpline: "024"</c>: the last reply shows a helpline whose name, phone, SMS or web address contains the text.</summary>
    BotShowsHelpline,

    /// <summary><c>bot_offers_handoff: true|false</c>: the last reply offers (or requested) a person, or does not.</summary>
    BotOffersHandoff,

    /// <summary><c>flow: id</c>: the active flow after the last reply; <c>safety</c> matches whichever safety flow runs.</summary>
    Flow,

    /// <summary><c>state: name</c>: the active state after the last reply.</summary>
    State,

    /// <summary><c>safety: true|false</c>: whether the last reply is a safety reply.</summary>
    Safety,
}

/// <summary>One step of a conversation test.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Value">The text, id or <c>true</c>/<c>false</c>.</param>
/// <param name="Line">The line of the step in its file (1-based; 0 when unknown).</param>
public sealed record StoryStep(StoryStepKind Kind, string Value, int Line = 0)
{
    /// <summary>The step as written in YAML, for example <c>bot_says: "hola"</c>.</summary>
    /// <returns>The step.</returns>
    public override string ToString() => $"{StoryKeys.Of(Kind)}: \"{Value}\"";
}

/// <summary>A conversation test, like a Rasa test story: what the user says and what the kit must answer.</summary>
public sealed record ConversationStory
{
    /// <summary>The story's name, unique in the pack.</summary>
    public required string Name { get; init; }

    /// <summary>The user's locale; null uses the kit's default.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's country (for helplines); null uses the kit's default.</summary>
    public string? Country { get; init; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<StoryStep> Steps { get; init; } = [];

    /// <summary>The file the story comes from (relative to the pack), when loaded from one.</summary>
    public string? Path { get; init; }

    /// <summary>The line of the story in its file (1-based; 0 when unknown).</summary>
    public int Line { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A step that did not hold.</summary>
/// <param name="Story">The story.</param>
/// <param name="StepNumber">The step's number, from 1.</param>
/// <param name="Step">The step.</param>
/// <param name="Expected">What the step expected.</param>
/// <param name="Got">What the kit answered.</param>
public sealed record StoryFailure(ConversationStory Story, int StepNumber, StoryStep Step, string Expected, string Got)
{
    /// <summary>One line: <c>path:line: story 'name' step N (step): expected ..., got ...</c>.</summary>
    /// <returns>The failure.</returns>
    public override string ToString()
    {
        var where = Story.Path is null ? "" : $"{Story.Path}:{Step.Line.ToString(CultureInfo.InvariantCulture)}: ";
        return $"{where}story '{Story.Name}' step {StepNumber.ToString(CultureInfo.InvariantCulture)} ({Step}): expected {Expected}, got {Got}";
    }
}

/// <summary>The outcome of one story.</summary>
/// <param name="Story">The story.</param>
/// <param name="Failures">The steps that did not hold; empty when the story passed.</param>
public sealed record StoryResult(ConversationStory Story, IReadOnlyList<StoryFailure> Failures)
{
    /// <summary>True when every step held.</summary>
    public bool Passed => Failures.Count == 0;
}

/// <summary>Runs conversation tests against a kit: each story talks to the kit as a new user and checks every expectation.</summary>
public static class StoryRunner
{
    /// <summary>Runs one story as a new, unique user.</summary>
    /// <param name="kit">The kit under test.</param>
    /// <param name="story">The story.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Which steps failed, if any.</returns>
    public static async Task<StoryResult> RunAsync(IWellbeingKit kit, ConversationStory story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(story);
        var userId = "story-" + Guid.NewGuid().ToString("N");
        var failures = new List<StoryFailure>();
        Reply? reply = null;
        for (var i = 0; i < story.Steps.Count; i++)
        {
            var step = story.Steps[i];
            if (step.Kind == StoryStepKind.User)
            {
                reply = await kit.HandleAsync(new UserMessage(userId, step.Value) { Locale = story.Locale, Country = story.Country }, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var failure = reply is null ? ("a reply", "no user message before this step") : Check(step, reply);
            if (failure is { } f)
            {
                failures.Add(new StoryFailure(story, i + 1, step, f.Expected, f.Got));
            }
        }

        return new StoryResult(story, failures);
    }

    /// <summary>Checks one expectation against a reply.</summary>
    /// <param name="step">The expectation.</param>
    /// <param name="reply">The reply.</param>
    /// <returns>Null when it holds, else what was expected and what was got.</returns>
    public static (string Expected, string Got)? Check(StoryStep step, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(reply);
        var said = string.Join(" | ", reply.Messages.Select(m => m.Text));
        var offered = "[" + string.Join(", ", reply.QuickReplies.Select(q => $"{q.Label} ({q.Value})")) + "]";
        var wanted = Truth(step.Value);
        switch (step.Kind)
        {
            case StoryStepKind.BotSays:
                return reply.Messages.Any(m => Contains(m.Text, step.Value)) ? null : ($"a message containing \"{step.Value}\"", Quote(said));
            case StoryStepKind.BotNotSays:
                return reply.Messages.Any(m => Contains(m.Text, step.Value)) ? ($"no message containing \"{step.Value}\"", Quote(said)) : null;
            case StoryStepKind.BotOffers:
                return reply.QuickReplies.Any(q => TextMatch.Same(q.Value, step.Value) || Contains(q.Label, step.Value))
                    ? null
                    : ($"a quick reply \"{step.Value}\"", offered);
            case StoryStepKind.BotShowsHelpline:
                return reply.Helplines.Any(h => new[] { h.Name, h.Phone, h.Sms, h.Url }.Any(x => x is not null && Contains(x, step.Value)))
                    ? null
                    : ($"a helpline with \"{step.Value}\"", "[" + string.Join(", ", reply.Helplines.Select(h => $"{h.Name} {h.Phone}".Trim())) + "]");
            case StoryStepKind.BotOffersHandoff:
                var offers = reply.Handoff is not null || reply.QuickReplies.Any(q => q.Value == BuiltInFlows.HandoffValue);
                return offers == wanted ? null : (wanted ? "an offer to talk to a person" : "no offer of a person", offered);
            case StoryStepKind.Flow:
                var flowHolds = string.Equals(reply.FlowId, step.Value, StringComparison.Ordinal)
                    || (step.Value == "safety" && reply.Safety)
                    || (step.Value is "none" or "" && reply.FlowId is null);
                return flowHolds ? null : ($"flow '{step.Value}'", $"flow '{reply.FlowId ?? "none"}'{(reply.Safety ? " (safety)" : "")}");
            case StoryStepKind.State:
                return string.Equals(reply.State, step.Value, StringComparison.Ordinal) ? null : ($"state '{step.Value}'", $"state '{reply.State ?? "none"}'");
            case StoryStepKind.Safety:
                return reply.Safety == wanted ? null : (wanted ? "a safety reply" : "no safety reply", reply.Safety ? "a safety reply" : "a normal reply: " + Quote(said));
            default:
                return null;
        }
    }

    private static bool Truth(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "yes";

    private static bool Contains(string text, string part)
    {
        var normalizedPart = TextMatch.Normalize(part);
        return normalizedPart.Length == 0 ? text.Contains(part, StringComparison.OrdinalIgnoreCase) : TextMatch.Normalize(text).Contains(normalizedPart, StringComparison.Ordinal);
    }

    private static string Quote(string text) => text.Length == 0 ? "nothing" : "\"" + (text.Length > 300 ? text[..300] + "…" : text) + "\"";
}

/// <summary>The YAML keys of story steps.</summary>
public static class StoryKeys
{
    private static readonly Dictionary<string, StoryStepKind> ByKey = new(StringComparer.Ordinal)
    {
        ["user"] = StoryStepKind.User,
        ["bot_says"] = StoryStepKind.BotSays,
        ["bot_not_says"] = StoryStepKind.BotNotSays,
        ["bot_offers"] = StoryStepKind.BotOffers,
        ["bot_shows_helpline"] = StoryStepKind.BotShowsHelpline,
        ["bot_offers_handoff"] = StoryStepKind.BotOffersHandoff,
        ["flow"] = StoryStepKind.Flow,
        ["state"] = StoryStepKind.State,
        ["safety"] = StoryStepKind.Safety,
    };

    /// <summary>Every step key, as written in YAML.</summary>
    public static IReadOnlyCollection<string> All => ByKey.Keys;

    /// <summary>The kind of the step key <paramref name="key"/>.</summary>
    /// <param name="key">The YAML key (for example <c>bot_says</c>).</param>
    /// <param name="kind">The kind, when the key is known.</param>
    /// <returns>Whether the key is a step key.</returns>
    public static bool TryParse(string key, out StoryStepKind kind) => ByKey.TryGetValue(key, out kind);

    /// <summary>The YAML key of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The key.</returns>
    public static string Of(StoryStepKind kind) => ByKey.First(p => p.Value == kind).Key;
}
