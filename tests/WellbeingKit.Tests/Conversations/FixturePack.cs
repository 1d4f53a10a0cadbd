using WellbeingKit.Content;

namespace WellbeingKit.Tests.Conversations;

/// <summary>A small pack written for these tests: a menu, an exercise, a check-in, PHQ-9, WHO-5 and a journal.</summary>
internal static class FixturePack
{
    public static ContentPack Create(string version = "1.0.0", string? safetyFlow = null, IReadOnlyDictionary<string, FlowDefinition>? extraFlows = null)
    {
        var flows = new Dictionary<string, FlowDefinition>
        {
            ["menu"] = Flow("menu", "greet", new() { ["en"] = ["menu", "hello"], ["es"] = ["hola", "menú"] }, new()
            {
                ["greet"] = new() { Type = FlowStepType.Message, Say = ["menu.hello"], Next = "choose" },
                ["choose"] = new()
                {
                    Type = FlowStepType.Question,
                    Say = ["menu.ask"],
                    Options =
                    [
                        new FlowOption { Value = "exercise", Label = "menu.exercise", Next = "exercise" },
                        new FlowOption { Value = "journal", Label = "menu.journal", Next = "journal" },
                    ],
                },
                ["exercise"] = new() { Type = FlowStepType.Exercise, Next = "bye" },
                ["journal"] = new() { Type = FlowStepType.Capture, Say = ["journal.ask"], Record = "journal", SaveAs = "entry", Next = "bye" },
                ["bye"] = new() { Type = FlowStepType.End, Say = ["menu.bye"] },
            }),
            ["breathing"] = Flow("breathing", "ex", new() { ["en"] = ["exercise", "breathe"], ["es"] = ["ejercicio"] }, new()
            {
                ["ex"] = new() { Type = FlowStepType.Exercise, Exercise = "box-breathing", Next = "bye" },
                ["bye"] = new() { Type = FlowStepType.End, Say = ["exercise.bye"] },
            }),
            ["checkin"] = Flow("checkin", "ask-mood", new() { ["en"] = ["check in"] }, new()
            {
                ["ask-mood"] = new()
                {
                    Type = FlowStepType.Question,
                    Say = ["checkin.ask"],
                    SaveAs = "mood",
                    Options = [.. Enumerable.Range(1, 5).Select(i => new FlowOption { Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Label = "mood." + i })],
                    Next = "note",
                },
                ["note"] = new() { Type = FlowStepType.Capture, Say = ["checkin.note"], SaveAs = "note", Record = "mood", Next = "route" },
                ["route"] = new()
                {
                    Type = FlowStepType.Branch,
                    Cases = [new FlowCase { When = "mood <= 2", Next = "low" }],
                    Else = "fine",
                },
                ["low"] = new() { Type = FlowStepType.End, Say = ["checkin.low"], Set = new Dictionary<string, string> { ["checked_in"] = "true" } },
                ["fine"] = new() { Type = FlowStepType.End, Say = ["checkin.fine"], Set = new Dictionary<string, string> { ["checked_in"] = "true" } },
            }),
            ["phq9"] = Flow("phq9", "run", new() { ["en"] = ["phq9"] }, new()
            {
                ["run"] = new() { Type = FlowStepType.Questionnaire, Questionnaire = "phq9", Next = "result" },
                ["result"] = new()
                {
                    Type = FlowStepType.Branch,
                    Cases = [new FlowCase { When = "score.phq9 >= 10", Next = "high" }],
                    Else = "done",
                },
                ["high"] = new() { Type = FlowStepType.End, Say = ["phq9.high"] },
                ["done"] = new() { Type = FlowStepType.End, Say = ["phq9.done"] },
            }),
            ["who5"] = Flow("who5", "run", new() { ["en"] = ["who5"] }, new()
            {
                ["run"] = new() { Type = FlowStepType.Questionnaire, Questionnaire = "who5", Next = "done" },
                ["done"] = new() { Type = FlowStepType.End },
            }),
        };
        foreach (var (id, flow) in extraFlows ?? new Dictionary<string, FlowDefinition>())
        {
            flows[id] = flow;
        }

        return new ContentPack
        {
            Manifest = new PackManifest
            {
                Id = "fixture",
                Version = version,
                DefaultLocale = "en",
                StartFlow = "menu",
                SafetyFlow = safetyFlow,
                Locales = [new PackLocale { Code = "en" }, new PackLocale { Code = "es" }, new PackLocale { Code = "ar", Direction = "rtl" }],
            },
            Flows = flows,
            Exercises = new Dictionary<string, Exercise>
            {
                ["box-breathing"] = new()
                {
                    Id = "box-breathing",
                    Kind = "breathing",
                    Title = Text("Box breathing", "Respiración cuadrada"),
                    Summary = Text("Breathe in a square rhythm.", "Respira a un ritmo cuadrado."),
                    Steps = [Text("Breathe in for four.", "Inhala contando cuatro."), Text("Hold for four.", "Mantén cuatro."), Text("Breathe out for four.", "Exhala contando cuatro.")],
                },
            },
            Questionnaires = new Dictionary<string, QuestionnaireDefinition>
            {
                ["phq9"] = Questionnaire("phq9", 9, 3, "sum", riskItem: 9, bands: [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 19, "moderately-severe"), (20, 27, "severe")]),
                ["who5"] = Questionnaire("who5", 5, 5, "sum-times-4", riskItem: null, bands: [(0, 28, "likely-low-wellbeing"), (29, 50, "low"), (51, 100, "good")]),
            },
            Helplines =
            [
                new Helpline { Country = "ES", Name = "Línea 024", Phone = "024", Hours = "24/7", Source = "test" },
                new Helpline { Country = "GB", Name = "Samaritans", Phone = "116 123", Hours = "24/7", Source = "test" },
                new Helpline { Country = "*", Name = "International directory", Url = "https://example.org/helplines", Source = "test" },
            ],
            Messages = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["en"] = new Dictionary<string, string>
                {
                    ["menu.hello"] = "Hello, I'm {brand}.",
                    ["menu.ask"] = "What would you like to do?",
                    ["menu.exercise"] = "An exercise",
                    ["menu.journal"] = "Write in my journal",
                    ["menu.bye"] = "Take care.",
                    ["journal.ask"] = "Write whatever is on your mind.",
                    ["exercise.bye"] = "Well done.",
                    ["checkin.ask"] = "How is your mood, from 1 to 5?",
                    ["checkin.note"] = "Anything you want to add?",
                    ["checkin.low"] = "I'm sorry it's hard today.",
                    ["checkin.fine"] = "Thanks for checking in.",
                    ["phq9.high"] = "Your answers suggest talking with a professional could help.",
                    ["phq9.done"] = "Thank you for answering.",
                    ["mood.1"] = "Very low", ["mood.2"] = "Low", ["mood.3"] = "Okay", ["mood.4"] = "Good", ["mood.5"] = "Great",
                },
                ["es"] = new Dictionary<string, string>
                {
                    ["menu.hello"] = "Hola, soy {brand}.",
                    ["menu.ask"] = "¿Qué te gustaría hacer?",
                    ["menu.exercise"] = "Un ejercicio",
                    ["menu.journal"] = "Escribir en mi diario",
                    ["exercise.bye"] = "Bien hecho.",
                },
            },
        };
    }

    public static FlowDefinition Flow(string id, string start, Dictionary<string, IReadOnlyList<string>> triggers, Dictionary<string, FlowState> states) =>
        new() { Id = id, Start = start, Triggers = triggers, States = states };

    private static LocalizedText Text(string en, string es) => new(new Dictionary<string, string> { ["en"] = en, ["es"] = es });

    private static QuestionnaireDefinition Questionnaire(string id, int items, int maxOption, string scoring, int? riskItem, (int Min, int Max, string Severity)[] bands) => new()
    {
        Id = id,
        Title = Text(id, id),
        Instructions = Text($"{id} instructions", $"instrucciones {id}"),
        Items = [.. Enumerable.Range(1, items).Select(i => new QuestionnaireItem { Id = $"{id}-{i}", Text = Text($"{id} item {i}", $"{id} ítem {i}"), Risk = i == riskItem })],
        Options = [.. Enumerable.Range(0, maxOption + 1).Select(v => new QuestionnaireOption { Value = v, Label = Text($"Option {v}", $"Opción {v}") })],
        Scoring = scoring,
        Bands = [.. bands.Select(b => new ScoreBand { Min = b.Min, Max = b.Max, Severity = b.Severity, Label = Text(b.Severity, b.Severity) })],
    };
}
