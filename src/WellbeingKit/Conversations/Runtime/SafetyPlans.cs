using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Events;
using WellbeingKit.Resilience;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// The safety plan in a conversation: a capture with <c>record: safety-plan</c> writes the section named by its
/// <c>save_as</c>; a <c>type: safety-plan</c> state and the kit intent "my safety plan" show it, as text (one
/// <see cref="ReplyKind.SafetyPlan"/> message per section) and as <see cref="Reply.SafetyPlan"/> for a card.
/// </summary>
internal static partial class SafetyPlans
{
    /// <summary>The <c>record:</c> of a capture that writes a section of the plan.</summary>
    public const string Record = "safety-plan";

    /// <summary>
    /// How many helplines of the user's country the professionals section lists after the user's own entries: those of the
    /// crisis kind of the conversation first (<see cref="HelplineText.For"/>), in the pack's order when it never escalated.
    /// </summary>
    private const int HelplinesListed = 3;

    private static readonly char[] Separators = ['\n', '\r', ';', ',', '،', '؛', '•'];

    /// <summary>The items of what the user wrote: one per line, or separated by commas or semicolons.</summary>
    public static IReadOnlyList<string> Items(string text) =>
        [.. text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(i => i.TrimStart('-', '*', ' ').Trim())
            .Where(i => i.Length > 0)
            .Select(i => i.Length > SafetyPlanEdit.MaxItemLength ? i[..SafetyPlanEdit.MaxItemLength] : i)
            .Take(SafetyPlanEdit.MaxItems)];

    /// <summary>True when <paramref name="state"/> writes a section of the plan.</summary>
    public static bool Writes(FlowState state) => string.Equals(state.Record, Record, StringComparison.OrdinalIgnoreCase);

    /// <summary>Raises the event that stores what the user wrote for the section named by the state's <c>save_as</c>.</summary>
    public static void Write(Turn turn, FlowState state, string name, string text)
    {
        var section = state.SaveAs ?? name;
        if (SafetyPlanSections.All.Contains(section, StringComparer.Ordinal))
        {
            turn.Events.Add(new SafetyPlanSectionWritten(turn.UserId, turn.Now, section, Items(text)));
        }
    }

    /// <summary>The pack's flow that builds the plan: <c>safety-plan</c>, else the first flow with a capture that records it.</summary>
    public static FlowDefinition? FlowOf(ContentPack pack) =>
        pack.Flows.GetValueOrDefault("safety-plan")
        ?? pack.Flows.Values.OrderBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault(f => f.States.Values.Any(Writes));

    /// <summary>
    /// Shows the user's plan. False when they have none (nothing was said); true when it was shown, or when the store
    /// could not be read (that was said, with the helplines).
    /// </summary>
    public static async Task<bool> ShowAsync(Turn turn, StepServices services, CancellationToken cancellationToken)
    {
        try
        {
            return await ShowOrThrowAsync(turn, services, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(services.Logger, e.GetType().Name);
            turn.Say(MessageKeys.SafetyPlanUnavailable);
            turn.ShowHelplines();
            return true;
        }
    }

    /// <summary>
    /// As <see cref="ShowAsync"/>, but a plan that cannot be read throws (nothing is said then): in a crisis the caller
    /// answers with the safety flow instead.
    /// </summary>
    public static async Task<bool> ShowOrThrowAsync(Turn turn, StepServices services, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(turn, services, cancellationToken).ConfigureAwait(false);
        if (plan is null || plan.Sections.Count == 0)
        {
            return false;
        }

        var view = View(turn, plan);
        turn.Reply.SafetyPlan = view;
        turn.SayText(view.Title, ReplyKind.SafetyPlan);
        foreach (var section in view.Sections)
        {
            turn.SayText(section.Title + "\n" + string.Join("\n", section.Items.Select(i => "• " + i)), ReplyKind.SafetyPlan);
        }

        turn.Say(MessageKeys.SafetyPlanEditHint);
        return true;
    }

    /// <summary>The plan as stored, with the sections written earlier in this turn (stored only after the save) laid over it.</summary>
    private static async Task<SafetyPlan?> LoadAsync(Turn turn, StepServices services, CancellationToken cancellationToken)
    {
        var plan = services.Plans is null
            ? null
            : await Deadline.RunAsync("The safety plan store", services.StoreTimeout, services.Time, token => services.Plans.GetSafetyPlanAsync(turn.UserId, token), cancellationToken)
                .ConfigureAwait(false);
        foreach (var written in turn.Events.OfType<SafetyPlanSectionWritten>())
        {
            plan = SafetyPlanEdit.With(plan, turn.UserId, written.Section, written.Items, written.At);
        }

        return plan;
    }

    /// <summary>The plan in the user's locale: the sections they filled in, in order; the helplines of their country (for the conversation's crisis kind) close the professionals section.</summary>
    public static SafetyPlanView View(Turn turn, SafetyPlan plan)
    {
        var sections = new List<SafetyPlanSectionView>();
        foreach (var key in SafetyPlanSections.All)
        {
            var items = plan.Sections.GetValueOrDefault(key) ?? [];
            if (key == SafetyPlanSections.Professionals)
            {
                // The lines for the crisis kind of the conversation's last escalation first (the reply's rule), whenever it was.
                var lines = HelplineText.For(turn.Pack, turn.Country, HelplineText.TopicsFor(Escalation.Kind(turn)));
                items = [.. items, .. lines.Where(l => l.Phone is not null).Take(HelplinesListed).Select(l => l.Name + " · ☎ " + l.Phone)];
            }

            if (items.Count > 0)
            {
                sections.Add(new SafetyPlanSectionView(key, turn.Message(MessageKeys.SafetyPlanSection + key) ?? key, items));
            }
        }

        return new SafetyPlanView(turn.Message(MessageKeys.SafetyPlanTitle) ?? "", sections);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The safety plan could not be read ({Error}); the user was told and shown the helplines.")]
    private static partial void LogUnavailable(ILogger logger, string error);
}
