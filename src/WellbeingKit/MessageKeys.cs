namespace WellbeingKit;

/// <summary>
/// The message keys the kit's runtime says (a pack's <c>messages/&lt;locale&gt;.yaml</c> overrides each; the built-in texts
/// cover all of them), in one place instead of string literals scattered through the steps.
/// </summary>
internal static class MessageKeys
{
    /// <summary><c>common.resumed</c>.</summary>
    public const string CommonResumed = "common.resumed";

    /// <summary><c>common.skip</c>.</summary>
    public const string CommonSkip = "common.skip";

    /// <summary><c>common.stopped</c>.</summary>
    public const string CommonStopped = "common.stopped";

    /// <summary><c>engine.choose_option</c>.</summary>
    public const string EngineChooseOption = "engine.choose_option";

    /// <summary><c>engine.fallback</c>.</summary>
    public const string EngineFallback = "engine.fallback";

    /// <summary><c>engine.restart</c>.</summary>
    public const string EngineRestart = "engine.restart";

    /// <summary><c>engine.too_long</c>.</summary>
    public const string EngineTooLong = "engine.too_long";

    /// <summary><c>exercise.done</c>.</summary>
    public const string ExerciseDone = "exercise.done";

    /// <summary><c>exercise.helped</c>.</summary>
    public const string ExerciseHelped = "exercise.helped";

    /// <summary><c>exercise.next</c>.</summary>
    public const string ExerciseNext = "exercise.next";

    /// <summary><c>exercise.none</c>.</summary>
    public const string ExerciseNone = "exercise.none";

    /// <summary><c>exercise.skip</c>.</summary>
    public const string ExerciseSkip = "exercise.skip";

    /// <summary><c>exercise.start</c>.</summary>
    public const string ExerciseStart = "exercise.start";

    /// <summary><c>exercise.step</c>.</summary>
    public const string ExerciseStep = "exercise.step";

    /// <summary><c>exercise.stop</c>.</summary>
    public const string ExerciseStop = "exercise.stop";

    /// <summary><c>exercise.stopped</c>.</summary>
    public const string ExerciseStopped = "exercise.stopped";

    /// <summary><c>exercise.thanks</c>.</summary>
    public const string ExerciseThanks = "exercise.thanks";

    /// <summary><c>exercise.why</c>.</summary>
    public const string ExerciseWhy = "exercise.why";

    /// <summary><c>handoff.accepted</c>.</summary>
    public const string HandoffAccepted = "handoff.accepted";

    /// <summary><c>handoff.match_no</c>.</summary>
    public const string HandoffMatchNo = "handoff.match_no";

    /// <summary><c>handoff.option_no</c>.</summary>
    public const string HandoffOptionNo = "handoff.option_no";

    /// <summary><c>handoff.queued</c>.</summary>
    public const string HandoffQueued = "handoff.queued";

    /// <summary><c>handoff.unavailable</c>.</summary>
    public const string HandoffUnavailable = "handoff.unavailable";

    /// <summary><c>help.intro</c>.</summary>
    public const string HelpIntro = "help.intro";

    /// <summary><c>safety.match.child-context</c>: words that place abuse in a child's life (see <see cref="Safety.CrisisKinds"/>).</summary>
    public const string SafetyMatchChildContext = "safety.match.child-context";

    /// <summary><c>intent.help</c>.</summary>
    public const string IntentHelp = "intent.help";

    /// <summary><c>intent.person</c>.</summary>
    public const string IntentPerson = "intent.person";

    /// <summary><c>intent.safety_plan</c>.</summary>
    public const string IntentSafetyPlan = "intent.safety_plan";

    /// <summary><c>intent.stop</c>.</summary>
    public const string IntentStop = "intent.stop";

    /// <summary><c>questionnaire.progress</c>.</summary>
    public const string QuestionnaireProgress = "questionnaire.progress";

    /// <summary><c>questionnaire.result</c>.</summary>
    public const string QuestionnaireResult = "questionnaire.result";

    /// <summary><c>resume.declined</c>.</summary>
    public const string ResumeDeclined = "resume.declined";

    /// <summary><c>resume.option_no</c>.</summary>
    public const string ResumeOptionNo = "resume.option_no";

    /// <summary><c>safety.emergency</c>.</summary>
    public const string SafetyEmergency = "safety.emergency";

    /// <summary><c>safety.no-verified-number</c>.</summary>
    public const string SafetyNoVerifiedNumber = "safety.no-verified-number";

    /// <summary><c>safety.not-understood</c>.</summary>
    public const string SafetyNotUnderstood = "safety.not-understood";

    /// <summary><c>safety.option_handoff</c>.</summary>
    public const string SafetyOptionHandoff = "safety.option_handoff";

    /// <summary><c>safety.option_help</c>.</summary>
    public const string SafetyOptionHelp = "safety.option_help";

    /// <summary><c>safety.stopped</c>.</summary>
    public const string SafetyStopped = "safety.stopped";

    /// <summary><c>safety_plan.title</c>.</summary>
    public const string SafetyPlanTitle = "safety_plan.title";

    /// <summary><c>safety_plan.section.</c> followed by a section key (<see cref="Safety.SafetyPlanSections"/>): the section's title.</summary>
    public const string SafetyPlanSection = "safety_plan.section.";

    /// <summary><c>safety_plan.none</c>.</summary>
    public const string SafetyPlanNone = "safety_plan.none";

    /// <summary><c>safety_plan.edit_hint</c>.</summary>
    public const string SafetyPlanEditHint = "safety_plan.edit_hint";

    /// <summary><c>safety_plan.unavailable</c>.</summary>
    public const string SafetyPlanUnavailable = "safety_plan.unavailable";

    /// <summary><c>safety_plan.option_make</c>.</summary>
    public const string SafetyPlanOptionMake = "safety_plan.option_make";

    /// <summary><c>safety_plan.option_edit</c>.</summary>
    public const string SafetyPlanOptionEdit = "safety_plan.option_edit";
}
