using System.Globalization;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Events;
using WellbeingKit.Risk;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// <c>type: questionnaire</c>: one item per turn with the answer options as quick replies; scores with the published bands,
/// stores the result and sets <c>score.&lt;id&gt;</c> and <c>severity.&lt;id&gt;</c>. An item marked <c>risk: true</c>
/// answered above 0 (PHQ-9 item 9) starts the safety flow.
/// </summary>
internal sealed class QuestionnaireStep(StepServices services) : Step
{
    private const string IndexVariable = "questionnaire.index";
    private const string AnswersVariable = "questionnaire.answers";

    public override Task<Transition> EnterAsync(Turn turn, string name, FlowState state, bool resuming, CancellationToken cancellationToken)
    {
        var questionnaire = Find(turn, state);
        if (questionnaire is null || questionnaire.Items.Count == 0)
        {
            services.Logger.LogError("The questionnaire '{Questionnaire}' is missing or empty; the flow moves on.", state.Questionnaire);
            return Task.FromResult(Next(state));
        }

        if (!resuming || turn.IntVariable(turn.Internal(IndexVariable)) is null)
        {
            turn.Variables[turn.Internal(IndexVariable)] = "0";
            turn.Variables[turn.Internal(AnswersVariable)] = "";
            turn.SayAll(state.Say);
            turn.SayText(turn.Resolve(questionnaire.Instructions));
        }

        Prompt(turn, state);
        return Task.FromResult(Transition.Wait);
    }

    public override bool Accepts(Turn turn, FlowState state, string input) =>
        Find(turn, state) is { } q && Match(turn, q, input) is not null;

    public override Task<Transition> AnswerAsync(Turn turn, string name, FlowState state, string input, CancellationToken cancellationToken)
    {
        var questionnaire = Find(turn, state);
        var index = turn.IntVariable(turn.Internal(IndexVariable));
        if (questionnaire is null || index is null || index >= questionnaire.Items.Count)
        {
            return EnterAsync(turn, name, state, resuming: false, cancellationToken);
        }

        var option = Match(turn, questionnaire, input);
        if (option is null)
        {
            Reask(turn, state);
            return Task.FromResult(Transition.Wait);
        }

        var answers = Answers(turn);
        answers.Add(option.Value);
        var risk = questionnaire.Items[index.Value].Risk && option.Value > 0;
        turn.Variables[turn.Internal(AnswersVariable)] = string.Join(",", answers.Select(a => a.ToString(CultureInfo.InvariantCulture)));
        turn.Variables[turn.Internal(IndexVariable)] = (index.Value + 1).ToString(CultureInfo.InvariantCulture);
        if (risk)
        {
            turn.Variables["risk." + questionnaire.Id] = "true";

            // The answer is a risk signal: the reply says so (Reply.Risk), like a screened message would.
            var level = option.Value >= 2 ? RiskLevel.High : RiskLevel.Moderate;
            if (turn.Risk.Level < level)
            {
                turn.Risk = new RiskAssessment
                {
                    Level = level,
                    Categories = [RiskCategory.SuicidalIdeation],
                    Score = option.Value / (double)Math.Max(1, questionnaire.Options.Max(o => o.Value)),
                    Detector = "questionnaire:" + questionnaire.Id,
                };
            }
        }

        if (index.Value + 1 < questionnaire.Items.Count)
        {
            if (risk)
            {
                return Task.FromResult(Transition.Safety(resumeAt: name));
            }

            Prompt(turn, state);
            return Task.FromResult(Transition.Wait);
        }

        Complete(turn, state, questionnaire, answers, sayResult: !risk);
        return Task.FromResult(risk ? Transition.Safety(resumeAt: state.Next) : Next(state));
    }

    public override void Prompt(Turn turn, FlowState state)
    {
        var questionnaire = Find(turn, state);
        var index = turn.IntVariable(turn.Internal(IndexVariable)) ?? 0;
        if (questionnaire is null || index >= questionnaire.Items.Count)
        {
            return;
        }

        var item = questionnaire.Items[index];
        var progress = turn.Message(MessageKeys.QuestionnaireProgress, new Dictionary<string, string>
        {
            ["n"] = (index + 1).ToString(CultureInfo.InvariantCulture),
            ["total"] = questionnaire.Items.Count.ToString(CultureInfo.InvariantCulture),
        });
        turn.SayText($"{progress}: {turn.Resolve(item.Text)}", ReplyKind.Question);
        foreach (var option in questionnaire.Options)
        {
            turn.Reply.QuickReplies.Add(new QuickReply(turn.Resolve(option.Label), option.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The score: the sum of the answers, times 4 for <c>sum-times-4</c> (WHO-5's percentage score).</summary>
    internal static int Score(QuestionnaireDefinition questionnaire, IReadOnlyList<int> answers)
    {
        var sum = answers.Sum();
        return string.Equals(questionnaire.Scoring, "sum-times-4", StringComparison.OrdinalIgnoreCase) ? sum * 4 : sum;
    }

    /// <summary>The published band the score falls in.</summary>
    internal static ScoreBand? Band(QuestionnaireDefinition questionnaire, int score) =>
        questionnaire.Bands.FirstOrDefault(b => score >= b.Min && score <= b.Max);

    private static void Complete(Turn turn, FlowState state, QuestionnaireDefinition questionnaire, List<int> answers, bool sayResult)
    {
        var score = Score(questionnaire, answers);
        var band = Band(questionnaire, score);
        var severity = band?.Severity ?? "unbanded";
        var scoreText = score.ToString(CultureInfo.InvariantCulture);
        turn.Variables["score." + questionnaire.Id] = scoreText;
        turn.Variables["severity." + questionnaire.Id] = severity;
        if (state.SaveAs is not null)
        {
            turn.Variables[state.SaveAs] = scoreText;
        }

        turn.Variables.Remove(turn.Internal(IndexVariable));
        turn.Variables.Remove(turn.Internal(AnswersVariable));
        turn.Events.Add(new QuestionnaireScored(turn.UserId, turn.Now, questionnaire.Id, score, severity, answers));
        if (sayResult)
        {
            var bandLabel = band is null ? severity : turn.Resolve(band.Label);
            turn.Say(MessageKeys.QuestionnaireResult, extra: new Dictionary<string, string> { ["score"] = scoreText, ["band"] = bandLabel });
        }
    }

    private static List<int> Answers(Turn turn) =>
        (turn.Variable(turn.Internal(AnswersVariable)) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture))
            .ToList();

    private static QuestionnaireDefinition? Find(Turn turn, FlowState state) =>
        state.Questionnaire is not null && turn.Pack.Questionnaires.TryGetValue(state.Questionnaire, out var q) ? q : null;

    private static QuestionnaireOption? Match(Turn turn, QuestionnaireDefinition questionnaire, string input) =>
        questionnaire.Options.FirstOrDefault(o => TextMatch.Same(input, o.Value.ToString(CultureInfo.InvariantCulture)))
        ?? questionnaire.Options.FirstOrDefault(o => TextMatch.Same(input, turn.Resolve(o.Label)));
}
