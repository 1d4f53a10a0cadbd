using WellbeingKit.Content.Yaml;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Stories;

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
    internal static (string Expected, string Got)? Check(StoryStep step, Reply reply)
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
                return reply.QuickReplies.Any(q => ComparableText.Same(q.Value, step.Value) || Contains(q.Label, step.Value))
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
        var normalizedPart = ComparableText.Normalize(part);
        return normalizedPart.Length == 0 ? text.Contains(part, StringComparison.OrdinalIgnoreCase) : ComparableText.Normalize(text).Contains(normalizedPart, StringComparison.Ordinal);
    }

    private static string Quote(string text) => text.Length == 0 ? "nothing" : "\"" + (text.Length > 300 ? text[..300] + "…" : text) + "\"";
}
