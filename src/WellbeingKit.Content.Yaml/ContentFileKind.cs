using Json.Schema;

namespace WellbeingKit.Content.Yaml;

/// <summary>The kinds of file in a pack; each has a JSON Schema in <c>content-schema/</c>.</summary>
internal enum ContentFileKind
{
    Pack,
    Exercise,
    Flow,
    Questionnaire,
    Helplines,
    Lexicon,
    Messages,
    Lint,
}
