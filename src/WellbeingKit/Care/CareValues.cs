using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>The quick-reply values care offers, and the answers it reads back (typed or tapped).</summary>
internal static class CareValues
{
    /// <summary>The prefix of every care quick-reply value.</summary>
    public const string Prefix = "care:";

    /// <summary>"Not now" to a check-in.</summary>
    public const string Later = "care:later";

    /// <summary>"Yes" to alerts.</summary>
    public const string ConsentYes = "care:consent:yes";

    /// <summary>"No" to alerts.</summary>
    public const string ConsentNo = "care:consent:no";

    /// <summary>The value that asks the kit for a person (the kit's own hand-off intent).</summary>
    public const string Person = "handoff";

    private static readonly (PracticeAnswer Answer, string Value, string Label, string Match)[] Practice =
    [
        (PracticeAnswer.Helped, "care:practice:helped", "care.practice.option_helped", "care.practice.helped.match"),
        (PracticeAnswer.Some, "care:practice:some", "care.practice.option_some", "care.practice.some.match"),
        (PracticeAnswer.NotReally, "care:practice:not", "care.practice.option_not", "care.practice.not.match"),
        (PracticeAnswer.Skipped, "care:practice:skipped", "care.practice.option_skipped", "care.practice.skipped.match"),
    ];

    /// <summary>The practice answers as quick replies.</summary>
    public static IReadOnlyList<QuickReply> PracticeReplies(ContentPack? pack, string locale) =>
        [.. Practice.Select(p => new QuickReply(CareTexts.Get(pack, p.Label, locale), p.Value))];

    /// <summary>The practice answer in <paramref name="text"/>: a tapped value, or (when <paramref name="typed"/>) a typed phrase.</summary>
    public static PracticeAnswer ReadPractice(ContentPack? pack, string locale, string text, bool typed)
    {
        var tapped = Practice.FirstOrDefault(p => string.Equals(p.Value, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (tapped.Value is not null)
        {
            return tapped.Answer;
        }

        if (!typed)
        {
            return PracticeAnswer.None;
        }

        var best = (Answer: PracticeAnswer.None, Length: 0);
        foreach (var p in Practice)
        {
            var length = CarePhrases.Length(pack, locale, p.Match, text);
            if (length > best.Length)
            {
                best = (p.Answer, length);
            }
        }

        return best.Answer;
    }

    /// <summary>What a practice answer teaches the exercise selector: a rating (5, 3, 1) or, for "I didn't try", none.</summary>
    public static int? Rating(PracticeAnswer answer) => answer switch
    {
        PracticeAnswer.Helped => 5,
        PracticeAnswer.Some => 3,
        PracticeAnswer.NotReally => 1,
        _ => null,
    };
}
