namespace WellbeingKit.Content;

// The content model: what a content pack holds once loaded. YAML files map onto these types with
// snake_case keys (for example DurationMinutes is duration_minutes) and kebab-case enum values.

/// <summary>A loaded content pack: everything user-facing the kit says and offers.</summary>
public sealed record ContentPack
{
    /// <summary>The pack's manifest (<c>pack.yaml</c>).</summary>
    public required PackManifest Manifest { get; init; }

    /// <summary>Exercises by id (<c>exercises/*.yaml</c>).</summary>
    public IReadOnlyDictionary<string, Exercise> Exercises { get; init; } = new Dictionary<string, Exercise>();

    /// <summary>Conversation flows by id (<c>flows/*.yaml</c>).</summary>
    public IReadOnlyDictionary<string, FlowDefinition> Flows { get; init; } = new Dictionary<string, FlowDefinition>();

    /// <summary>Questionnaires by id (<c>questionnaires/*.yaml</c>).</summary>
    public IReadOnlyDictionary<string, QuestionnaireDefinition> Questionnaires { get; init; } = new Dictionary<string, QuestionnaireDefinition>();

    /// <summary>Helplines (<c>helplines/*.yaml</c>), in file order.</summary>
    public IReadOnlyList<Helpline> Helplines { get; init; } = [];

    /// <summary>Risk lexicons by locale (<c>lexicons/&lt;locale&gt;.yaml</c>).</summary>
    public IReadOnlyDictionary<string, LexiconDefinition> Lexicons { get; init; } = new Dictionary<string, LexiconDefinition>();

    /// <summary>User-facing strings: locale → key → text (<c>messages/&lt;locale&gt;.yaml</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Messages { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// The message <paramref name="key"/> in <paramref name="locale"/>, falling back to the parent language and then to
    /// the pack's default locale. Placeholders such as <c>{name}</c> are replaced from <paramref name="arguments"/>.
    /// </summary>
    /// <param name="key">The message key.</param>
    /// <param name="locale">The user's locale.</param>
    /// <param name="arguments">Values for placeholders, by name.</param>
    /// <returns>The text, or null when no locale has the key.</returns>
    public string? GetMessage(string key, string locale, IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(locale);
        var text = Lookup(key, locale);
        return text is null || arguments is null || arguments.Count == 0
            ? text
            : Placeholders.Fill(text, arguments, static (name, args) => args.GetValueOrDefault(name));
    }

    /// <summary>The helplines for <paramref name="countryCode"/>, then the international ones (country <c>*</c>).</summary>
    /// <param name="countryCode">ISO 3166-1 alpha-2 country code, or null when unknown.</param>
    /// <returns>The country's helplines first, then the international fallback.</returns>
    public IReadOnlyList<Helpline> GetHelplines(string? countryCode)
    {
        var national = countryCode is null
            ? []
            : Helplines.Where(h => string.Equals(h.Country, countryCode, StringComparison.OrdinalIgnoreCase)).ToList();
        var international = Helplines.Where(h => h.Country == Helpline.International);
        return [.. national, .. international];
    }

    private string? Lookup(string key, string locale)
    {
        if (Messages.TryGetValue(locale, out var messages) && messages.TryGetValue(key, out var text))
        {
            return text;
        }

        var language = Locales.Language(locale);
        if (language.Length < locale.Length && Messages.TryGetValue(language, out messages) && messages.TryGetValue(key, out text))
        {
            return text;
        }

        return Messages.TryGetValue(Manifest.DefaultLocale, out messages) && messages.TryGetValue(key, out text) ? text : null;
    }
}

/// <summary>The pack's manifest, <c>pack.yaml</c>.</summary>
public sealed record PackManifest
{
    /// <summary>A stable identifier, lowercase with dashes (for example <c>default</c>, <c>acme-schools</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The pack's version (semantic versioning).</summary>
    public required string Version { get; init; }

    /// <summary>The locale used when a text is missing in the user's locale.</summary>
    public required string DefaultLocale { get; init; }

    /// <summary>The locales the pack provides.</summary>
    public IReadOnlyList<PackLocale> Locales { get; init; } = [];

    /// <summary>Branding: name, tone and colours shown by hosts and the web chat.</summary>
    public PackBrand Brand { get; init; } = new();

    /// <summary>A short description for authors.</summary>
    public string? Description { get; init; }

    /// <summary>The flow that greets a new user and that the conversation returns to (a flow id).</summary>
    public string? StartFlow { get; init; }

    /// <summary>The pack's safety flow (a flow id). The kit always runs a safety flow on crisis; this only customises it.</summary>
    public string? SafetyFlow { get; init; }

    /// <summary>
    /// Safety flows by crisis kind (<c>suicidal_ideation</c>, <c>imminent</c>, <c>self_harm</c>, <c>child_abuse</c>,
    /// <c>violence</c>, <c>harm_to_others</c>) to flow id; a kind not listed uses <see cref="SafetyFlow"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> SafetyFlows { get; init; } = new Dictionary<string, string>();
}

/// <summary>One locale of a pack.</summary>
public sealed record PackLocale
{
    /// <summary>BCP 47 language tag (for example <c>en</c>, <c>es</c>, <c>ar</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The language's own name (for example <c>Español</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Text direction: <c>ltr</c> or <c>rtl</c> (Arabic, Hebrew, Persian, Urdu).</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>True when the pack claims every string is translated in this locale; tooling fails on gaps.</summary>
    public bool Complete { get; init; }

    /// <summary>
    /// The locale whose crisis lexicon screens this one when the pack has no <c>lexicons/&lt;code&gt;.yaml</c> for it
    /// (for example <c>ru</c> for a Russian-speaking audience of a <c>uk</c> locale). The validator warns that the
    /// locale has no crisis phrases of its own.
    /// </summary>
    public string? Lexicon { get; init; }
}

/// <summary>How the kit presents itself.</summary>
public sealed record PackBrand
{
    /// <summary>The assistant's name shown to users.</summary>
    public string Name { get; init; } = "WellbeingKit";

    /// <summary>The tone of voice (for example <c>warm</c>, <c>calm</c>, <c>professional</c>).</summary>
    public string Tone { get; init; } = "warm";

    /// <summary>The primary colour (CSS hex, for example <c>#2f6f73</c>).</summary>
    public string PrimaryColor { get; init; } = "#2f6f73";

    /// <summary>The accent colour (CSS hex).</summary>
    public string AccentColor { get; init; } = "#f2a65a";
}

/// <summary>An exercise the kit can offer (<c>exercises/*.yaml</c>).</summary>
public sealed record Exercise
{
    /// <summary>A stable identifier, lowercase with dashes (for example <c>box-breathing</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The kind: breathing, grounding, relaxation, cbt, behavioural-activation, journaling, problem-solving, self-compassion, sleep, values, visualisation, worry.</summary>
    public required string Kind { get; init; }

    /// <summary>The title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>One or two sentences saying what it is and why it helps.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<LocalizedText> Steps { get; init; } = [];

    /// <summary>How long it takes, in minutes.</summary>
    public double DurationMinutes { get; init; }

    /// <summary>Concerns it helps with (for example anxiety, stress, low-mood, sleep, worry, anger, rumination, loneliness, overwhelm, panic).</summary>
    public IReadOnlyList<string> Helps { get; init; } = [];

    /// <summary>Emotion labels (GoEmotions names or Ekman groups) it suits.</summary>
    public IReadOnlyList<string> Emotions { get; init; } = [];

    /// <summary>Contexts where it fits: class, workplace, shelter, commuting, home, bed.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>What it needs from the person and the place.</summary>
    public ExerciseRequirements Requires { get; init; } = new();

    /// <summary>Conditions under which it must not be offered (for example <c>breath-holding</c> for some respiratory or panic conditions, <c>trauma-imagery</c>).</summary>
    public IReadOnlyList<string> Contraindications { get; init; } = [];

    /// <summary>The prior belief, from 0 to 1, that it helps; the cold start of learning from feedback.</summary>
    public double Prior { get; init; } = 0.5;

    /// <summary>Where the technique comes from (for example a WHO manual), for authors and reviewers.</summary>
    public string? Source { get; init; }
}

/// <summary>What an exercise needs.</summary>
public sealed record ExerciseRequirements
{
    /// <summary>True when it asks the person to close their eyes.</summary>
    public bool EyesClosed { get; init; }

    /// <summary>True when it needs privacy (speaking aloud, lying down, being seen doing it).</summary>
    public bool Privacy { get; init; }

    /// <summary>True when it needs writing (paper or typing).</summary>
    public bool Writing { get; init; }

    /// <summary>True when it needs moving the body.</summary>
    public bool Movement { get; init; }

    /// <summary>True when it needs listening to audio.</summary>
    public bool Audio { get; init; }
}

/// <summary>The kind of a flow.</summary>
public enum FlowKind
{
    /// <summary>A check-in (daily, mood).</summary>
    Checkin,

    /// <summary>A guided exercise.</summary>
    Exercise,

    /// <summary>A questionnaire (PHQ-9, GAD-7, WHO-5).</summary>
    Questionnaire,

    /// <summary>The safety flow, run when a crisis signal is detected.</summary>
    Safety,

    /// <summary>A journaling flow.</summary>
    Journal,

    /// <summary>A menu or any other conversation.</summary>
    General,
}

/// <summary>A conversation flow, a state machine authored in YAML (<c>flows/*.yaml</c>).</summary>
public sealed record FlowDefinition
{
    /// <summary>A stable identifier, lowercase with dashes.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of flow this is.</summary>
    public FlowKind Kind { get; init; } = FlowKind.General;

    /// <summary>The message key of the flow's title (shown in menus).</summary>
    public string? Title { get; init; }

    /// <summary>Words or phrases that start this flow when the user types them, by locale (for example <c>en: [check in, checkin]</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Triggers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The first state.</summary>
    public required string Start { get; init; }

    /// <summary>The states by name.</summary>
    public required IReadOnlyDictionary<string, FlowState> States { get; init; }
}

/// <summary>What a flow state does.</summary>
public enum FlowStepType
{
    /// <summary>Says something and moves on to <see cref="FlowState.Next"/>.</summary>
    Message,

    /// <summary>Asks a question with quick replies (<see cref="FlowState.Options"/>) and waits for the answer.</summary>
    Question,

    /// <summary>Asks for free text, stores it under <see cref="FlowState.SaveAs"/> and optionally records it (mood, journal).</summary>
    Capture,

    /// <summary>Offers an exercise chosen by <c>IExerciseSelector</c> (or the fixed <see cref="FlowState.Exercise"/>) and guides it.</summary>
    Exercise,

    /// <summary>Runs a questionnaire (<see cref="FlowState.Questionnaire"/>), scores and stores it.</summary>
    Questionnaire,

    /// <summary>Branches on conditions (<see cref="FlowState.Cases"/>, else <see cref="FlowState.Else"/>).</summary>
    Branch,

    /// <summary>Sets variables (<see cref="FlowState.Set"/>) and moves on.</summary>
    Set,

    /// <summary>Shows helplines for the user's country.</summary>
    Helplines,

    /// <summary>Offers or requests hand-off to a human through <c>IHandoffService</c>.</summary>
    Handoff,

    /// <summary>Ends the flow.</summary>
    End,
}

/// <summary>One state of a flow.</summary>
public sealed record FlowState
{
    /// <summary>What the state does.</summary>
    public required FlowStepType Type { get; init; }

    /// <summary>Message keys said on entering the state, in order.</summary>
    public IReadOnlyList<string> Say { get; init; } = [];

    /// <summary>Quick replies of a question.</summary>
    public IReadOnlyList<FlowOption> Options { get; init; } = [];

    /// <summary>The variable that receives the answer (question, capture) or the result (exercise id, questionnaire score).</summary>
    public string? SaveAs { get; init; }

    /// <summary>For a capture: record the text as <c>mood</c> or <c>journal</c> in the user's data.</summary>
    public string? Record { get; init; }

    /// <summary>The next state (message, capture, exercise, questionnaire, set, helplines, handoff).</summary>
    public string? Next { get; init; }

    /// <summary>For an exercise state: a fixed exercise id; null lets the selector choose.</summary>
    public string? Exercise { get; init; }

    /// <summary>For an exercise state: concerns to pass to the selector, in addition to what was detected.</summary>
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>For a questionnaire state: the questionnaire id.</summary>
    public string? Questionnaire { get; init; }

    /// <summary>For a branch: the cases, tried in order.</summary>
    public IReadOnlyList<FlowCase> Cases { get; init; } = [];

    /// <summary>For a branch: the state when no case matches.</summary>
    public string? Else { get; init; }

    /// <summary>Variables set on entering the state (an entry action): name → value or expression.</summary>
    public IReadOnlyDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();

    /// <summary>For a handoff: who to ask for (<c>counsellor</c>, <c>peer</c>).</summary>
    public string? HandoffTo { get; init; }
}

/// <summary>A quick reply of a question.</summary>
public sealed record FlowOption
{
    /// <summary>The value stored when chosen.</summary>
    public required string Value { get; init; }

    /// <summary>The message key of the button label.</summary>
    public required string Label { get; init; }

    /// <summary>The state to go to when chosen; null to use the question's <see cref="FlowState.Next"/>.</summary>
    public string? Next { get; init; }

    /// <summary>
    /// The message key of the phrases that also choose this option when typed, separated by <c>|</c> (for example
    /// <c>yes | yeah | i'm safe</c>), translated like any message. A phrase counts when it occurs as whole words; a phrase
    /// written <c>=phrase</c> counts only as the whole message. The longest phrase found wins over shorter ones.
    /// </summary>
    public string? Match { get; init; }
}

/// <summary>One case of a branch.</summary>
public sealed record FlowCase
{
    /// <summary>
    /// The guard, a condition expression such as <c>mood == 'low'</c>, <c>score.phq9 &gt;= 10</c>,
    /// <c>emotion in ['sadness', 'fear']</c> or <c>hour &gt;= 18 and not done</c>.
    /// </summary>
    public required string When { get; init; }

    /// <summary>The state to go to when the guard holds.</summary>
    public required string Next { get; init; }
}

/// <summary>A questionnaire such as PHQ-9, GAD-7 or WHO-5 (<c>questionnaires/*.yaml</c>).</summary>
public sealed record QuestionnaireDefinition
{
    /// <summary>A stable identifier (for example <c>phq9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The instructions (for example "Over the last 2 weeks, how often have you been bothered by...").</summary>
    public required LocalizedText Instructions { get; init; }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<QuestionnaireItem> Items { get; init; } = [];

    /// <summary>The answer options shared by every item.</summary>
    public IReadOnlyList<QuestionnaireOption> Options { get; init; } = [];

    /// <summary>How the score is computed: <c>sum</c>, or <c>sum-times-4</c> (WHO-5's percentage score).</summary>
    public string Scoring { get; init; } = "sum";

    /// <summary>The published severity bands of the score.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; init; } = [];

    /// <summary>Locales whose item wording is a licensed or validated translation that must not be changed.</summary>
    public IReadOnlyList<string> ValidatedLocales { get; init; } = [];

    /// <summary>The published source and its terms of use.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Why this copy of a validated questionnaire (PHQ-9, GAD-7, WHO-5) differs from the published instrument, when it
    /// deliberately does; the validator then warns instead of refusing the pack.
    /// </summary>
    public string? Adapted { get; init; }
}

/// <summary>One item of a questionnaire.</summary>
public sealed record QuestionnaireItem
{
    /// <summary>The item id (for example <c>phq9-9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The item's wording.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>True when an answer above 0 is a risk signal that starts the safety flow (PHQ-9 item 9).</summary>
    public bool Risk { get; init; }
}

/// <summary>One answer option of a questionnaire.</summary>
public sealed record QuestionnaireOption
{
    /// <summary>The option's score.</summary>
    public required int Value { get; init; }

    /// <summary>The option's label.</summary>
    public required LocalizedText Label { get; init; }
}

/// <summary>A severity band of a questionnaire score (inclusive bounds).</summary>
public sealed record ScoreBand
{
    /// <summary>The lowest score of the band.</summary>
    public required int Min { get; init; }

    /// <summary>The highest score of the band.</summary>
    public required int Max { get; init; }

    /// <summary>A stable name (for example <c>mild</c>, <c>moderately-severe</c>).</summary>
    public required string Severity { get; init; }

    /// <summary>The band's label as shown to the user. The kit never diagnoses: labels describe the score, not the person.</summary>
    public required LocalizedText Label { get; init; }
}

/// <summary>A helpline (<c>helplines/*.yaml</c>). Helplines are facts: each names its source.</summary>
public sealed record Helpline
{
    /// <summary>The country code used for the international fallback.</summary>
    public const string International = "*";

    /// <summary>ISO 3166-1 alpha-2 country code (for example <c>US</c>), or <c>*</c> for international.</summary>
    public required string Country { get; init; }

    /// <summary>The organisation or service name.</summary>
    public required string Name { get; init; }

    /// <summary>The phone number to call, as dialled in the country.</summary>
    public string? Phone { get; init; }

    /// <summary>A number or short code for text messages.</summary>
    public string? Sms { get; init; }

    /// <summary>A web address (chat or directory).</summary>
    public string? Url { get; init; }

    /// <summary>Opening hours (for example <c>24/7</c>).</summary>
    public string? Hours { get; init; }

    /// <summary>Languages served (BCP 47 tags).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>What the line is for (for example <c>crisis</c>, <c>abuse</c>, <c>youth</c>).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>A short description for users.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Where this fact comes from (a URL or citation) and when it was checked.</summary>
    public required string Source { get; init; }

    /// <summary>When the entry was last checked against its source (<c>yyyy-MM</c> or <c>yyyy-MM-dd</c>); null when never.</summary>
    public string? Checked { get; init; }
}

/// <summary>A risk lexicon for one locale (<c>lexicons/&lt;locale&gt;.yaml</c>): the phrases NGOs extend without code.</summary>
public sealed record LexiconDefinition
{
    /// <summary>The locale.</summary>
    public required string Locale { get; init; }

    /// <summary>Crisis patterns: each a group of phrases with a category and level.</summary>
    public IReadOnlyList<LexiconPattern> Patterns { get; init; } = [];

    /// <summary>Benign uses and idioms that cancel a crisis match they overlap ("this homework is killing me").</summary>
    public IReadOnlyList<LexiconPattern> Benign { get; init; } = [];

    /// <summary>Negation cues that cancel a following match ("not", "never").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Cues of the past or of recovery ("used to", "doing better now") that lower a match.</summary>
    public IReadOnlyList<string> PastMarkers { get; init; } = [];

    /// <summary>Cues that the text is about someone or something else (a novel, a film, volunteering at a hotline).</summary>
    public IReadOnlyList<string> ThirdParty { get; init; } = [];

    /// <summary>
    /// Short word prefixes a phrase may follow inside one written word: Arabic clitics (<c>و</c>, <c>ف</c>, <c>ال</c>, <c>س</c>) or the
    /// English pronoun of words run together (<c>i</c> in "iwanttodie").
    /// </summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];
}

/// <summary>A group of phrases that share a rule id, a category and a level.</summary>
public sealed record LexiconPattern
{
    /// <summary>The rule id shown in evidence (for example <c>si.want-to-die</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The category; null for benign patterns.</summary>
    public Risk.RiskCategory? Category { get; init; }

    /// <summary>The level a match supports; ignored for benign patterns.</summary>
    public Risk.RiskLevel Level { get; init; } = Risk.RiskLevel.High;

    /// <summary>The phrases, in plain lowercase words; matching handles case, diacritics, repeated letters, leetspeak and missing spaces.
    /// A phrase ending in <c>*</c> also matches longer words (<c>suicid*</c> matches "suicidio", "suicidaire").</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>True to also match single-word phrases of 7 letters or more misspelt by one letter ("sucide", "suicidle").</summary>
    public bool Fuzzy { get; init; }
}
