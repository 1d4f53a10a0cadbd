using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>A small valid pack (en, es) written to a temporary folder; tests change one file to break it.</summary>
internal sealed class TestPack : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> ValidFiles = new Dictionary<string, string>
    {
        ["pack.yaml"] = """
            id: test-pack
            version: "1.0.0"
            default_locale: en
            locales:
              - code: en
              - code: es
            start_flow: daily
            safety_flow: safety
            """,
        ["flows/daily.yaml"] = """
            id: daily
            kind: checkin
            title: daily.title
            start: ask
            states:
              ask:
                type: question
                say: [daily.ask]
                options:
                  - value: good
                    label: daily.good
                    next: finish
                  - value: low
                    label: daily.low
                    next: breathe
              breathe:
                type: exercise
                exercise: box-breathing
                next: finish
              finish:
                type: end
                say: [daily.bye]
            """,
        ["flows/safety.yaml"] = """
            id: safety
            kind: safety
            start: intro
            states:
              intro:
                type: message
                say: [safety.intro]
                next: lines
              lines:
                type: helplines
                next: person
              person:
                type: handoff
                handoff_to: counsellor
                next: done
              done:
                type: end
            """,
        ["exercises/box-breathing.yaml"] = """
            id: box-breathing
            kind: breathing
            title:
              en: Box breathing
              es: Respiración cuadrada
            summary:
              en: Breathe in four counts.
              es: Respira en cuatro tiempos.
            steps:
              - en: Breathe in for four.
                es: Inhala en cuatro.
            duration_minutes: 2
            """,
        ["questionnaires/who5.yaml"] = """
            id: who5
            title: { en: WHO-5, es: WHO-5 }
            instructions: { en: Over the last two weeks, es: En las últimas dos semanas }
            items:
              - id: who5-1
                text: { en: I have felt cheerful, es: Me he sentido alegre }
            options:
              - value: 0
                label: { en: At no time, es: Nunca }
            scoring: sum-times-4
            adapted: a one-item stub for the loader's tests
            bands:
              - min: 0
                max: 100
                severity: any
                label: { en: Score, es: Puntuación }
            """,
        ["helplines/international.yaml"] = """
            helplines:
              - country: "*"
                name: Find a Helpline
                url: https://findahelpline.com
                languages: ["*"]
                source: https://findahelpline.com (checked 2026-11)
            """,
        ["lexicons/en.yaml"] = """
            locale: en
            patterns:
              - id: si.test
                category: suicidal-ideation
                level: high
                phrases: [test phrase]
            """,
        ["messages/en.yaml"] = """
            locale: en
            messages:
              daily.title: Daily check-in
              daily.ask: How are you today?
              daily.good: Good
              daily.low: Low
              daily.bye: Thank you.
              safety.intro: You matter.
            """,
        ["messages/es.yaml"] = """
            locale: es
            messages:
              daily.title: Revisión diaria
              daily.ask: ¿Cómo estás hoy?
              daily.good: Bien
              daily.low: Mal
              daily.bye: Gracias.
              safety.intro: Importas.
            """,
    };

    public TestPack(IReadOnlyDictionary<string, string?>? changes = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "wbk-pack-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var files = ValidFiles.ToDictionary(f => f.Key, f => (string?)f.Value);
        foreach (var (path, text) in changes ?? new Dictionary<string, string?>())
        {
            files[path] = text;
        }

        foreach (var (path, text) in files)
        {
            if (text is not null)
            {
                Write(path, text);
            }
        }
    }

    public string Directory { get; }

    /// <summary>A pack with one file replaced (or removed, with null).</summary>
    public static TestPack With(string path, string? text) => new(new Dictionary<string, string?> { [path] = text });

    public void Write(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n"));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public string FullPath(string path) => Path.Combine(Directory, path);

    public IReadOnlyList<ContentProblem> Validate() => ContentPackLoader.Validate(Directory);

    /// <summary>The problems as <c>path:line:col: message</c> lines.</summary>
    public IReadOnlyList<string> Problems() => Validate().Select(p => p.ToString()).ToList();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
