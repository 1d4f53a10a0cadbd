using System.Collections.Frozen;

namespace WellbeingKit.ML;

/// <summary>The standard GoEmotions grouping of the 28 labels into Ekman's six emotions and neutral.</summary>
internal static class EkmanGroups
{
    /// <summary>The standard GoEmotions mapping of each label to its Ekman group.</summary>
    public static FrozenDictionary<string, string> ByLabel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["anger"] = "anger", ["annoyance"] = "anger", ["disapproval"] = "anger",
        ["disgust"] = "disgust",
        ["fear"] = "fear", ["nervousness"] = "fear",
        ["joy"] = "joy", ["amusement"] = "joy", ["approval"] = "joy", ["excitement"] = "joy", ["gratitude"] = "joy",
        ["love"] = "joy", ["optimism"] = "joy", ["relief"] = "joy", ["pride"] = "joy", ["admiration"] = "joy",
        ["desire"] = "joy", ["caring"] = "joy",
        ["sadness"] = "sadness", ["disappointment"] = "sadness", ["embarrassment"] = "sadness", ["grief"] = "sadness",
        ["remorse"] = "sadness",
        ["surprise"] = "surprise", ["realization"] = "surprise", ["confusion"] = "surprise", ["curiosity"] = "surprise",
        ["neutral"] = "neutral",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
