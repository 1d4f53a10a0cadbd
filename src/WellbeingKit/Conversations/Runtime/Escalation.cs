using System.Globalization;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// What started the safety conversation, kept in the conversation's variables (<see cref="EscalationVariables"/>, never cleared
/// with a flow): when, at which level, for which categories and crisis kind. Hand-offs carry it; replies keep help visible
/// for <see cref="WellbeingKitOptions.HelpVisibleFor"/> after it (<see cref="HelpVisibility.Shown(Turn)"/>).
/// </summary>
internal static class Escalation
{
    /// <summary>The prefix of the kit's own conversation variables (not a flow's: <see cref="Turn.ClearInternal"/> never removes them).</summary>
    public const string Prefix = EscalationVariables.Prefix;

    private const string AtVariable = EscalationVariables.At;
    private const string LevelVariable = EscalationVariables.Level;
    private const string CategoriesVariable = EscalationVariables.Categories;
    private const string KindVariable = EscalationVariables.Kind;

    /// <summary>
    /// Records an escalation. A new safety conversation takes this turn's risk; a crisis during one keeps what started
    /// it unless this one is more severe.
    /// </summary>
    public static void Record(Turn turn, bool alreadyInSafety, string kind)
    {
        var (level, _) = Of(turn);
        if (!alreadyInSafety || turn.Variable(LevelVariable) is null || turn.Risk.Level > level)
        {
            turn.Variables[LevelVariable] = turn.Risk.Level.ToString();
            turn.Variables[CategoriesVariable] = string.Join(",", turn.Risk.Categories);
            turn.Variables[KindVariable] = kind;
        }

        turn.Variables[AtVariable] = turn.Now.ToString("O", CultureInfo.InvariantCulture);
    }

    /// <summary>The level and categories that started the safety conversation; this turn's when there was none.</summary>
    public static (RiskLevel Level, IReadOnlyList<RiskCategory> Categories) Of(Turn turn)
    {
        if (Enum.TryParse<RiskLevel>(turn.Variable(LevelVariable), out var level))
        {
            var categories = (turn.Variable(CategoriesVariable) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => Enum.TryParse<RiskCategory>(c, out var category) ? category : (RiskCategory?)null)
                .OfType<RiskCategory>()
                .ToList();
            return level >= turn.Risk.Level ? (level, categories) : (turn.Risk.Level, turn.Risk.Categories);
        }

        return (turn.Risk.Level, turn.Risk.Categories);
    }

    /// <summary>The level that started (or last raised) the safety conversation, or null when there was none.</summary>
    public static RiskLevel? StartedAt(Turn turn) =>
        Enum.TryParse<RiskLevel>(turn.Variable(LevelVariable), out var level) ? level : null;

    /// <summary>The crisis kind of the safety conversation (see <see cref="CrisisKinds"/>), or null.</summary>
    public static string? Kind(Turn turn) => turn.Variable(KindVariable);
}
