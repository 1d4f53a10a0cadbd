using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

public sealed class LexiconRiskDetectorTests
{
    private static readonly LexiconRiskDetector Detector = RiskCases.Detector;

    [Theory]
    [InlineData("Honestly... I want to DIEEEE tonight!!")]
    [InlineData("ok so iwanttodie lol")]
    [InlineData("  I want  to   k1ll   my-self  ")]
    [InlineData("أنا أُرِيدُ أَنْ أَمُوتَ الآن")]
    [InlineData("j'ai vraiment ENVIE de MOURIR")]
    public async Task Evidence_spans_point_into_the_original_text(string text)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        result.Evidence.Should().NotBeEmpty();
        foreach (var evidence in result.Evidence)
        {
            text.Substring(evidence.Start, evidence.Length).Should().Be(evidence.Text);
            evidence.Detector.Should().Be("lexicon");
            evidence.RuleId.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task Evidence_covers_exactly_the_matched_words_with_their_rule()
    {
        const string text = "Today... I want to DIEEEE, honestly.";

        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        var evidence = result.Evidence.Should().ContainSingle().Subject;
        evidence.Text.Should().Be("I want to DIEEEE");
        evidence.Start.Should().Be(text.IndexOf("I want", StringComparison.Ordinal));
        evidence.RuleId.Should().Be("en.si.want-to-die");
        evidence.Level.Should().Be(RiskLevel.High);
        evidence.Category.Should().Be(RiskCategory.SuicidalIdeation);
    }

    [Theory]
    [InlineData("Lovely weather for a walk by the river.")]
    [InlineData("He said he would not come, and she never does.")] // only cue words (negations, third parties)
    public async Task A_message_with_nothing_in_it_gets_no_level_and_no_evidence(string text)
    {
        var result = await Detector.AssessAsync(new RiskScreeningRequest(text));

        result.Level.Should().Be(RiskLevel.None);
        result.Evidence.Should().BeEmpty();
        result.Score.Should().Be(0);
    }

    [Fact]
    public async Task A_crisis_message_scores_above_a_distressed_one()
    {
        var crisis = await Detector.AssessAsync(new RiskScreeningRequest("I want to kill myself"));
        var low = await Detector.AssessAsync(new RiskScreeningRequest("I feel hopeless"));

        crisis.Score.Should().BeGreaterThan(low.Score);
        low.Score.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_run_of_hopeless_messages_raises_the_level()
    {
        var request = new RiskScreeningRequest("I feel hopeless")
        {
            History = ["everything is pointless", "I feel so empty inside", "nothing matters anymore"],
        };

        var alone = await Detector.AssessAsync(new RiskScreeningRequest("I feel hopeless"));
        var withHistory = await Detector.AssessAsync(request);

        alone.Level.Should().Be(RiskLevel.Low);
        withHistory.Level.Should().Be(RiskLevel.Moderate);
        withHistory.Evidence.Should().Contain(e => e.RuleId == "conversation.sustained-distress");
    }

    [Fact]
    public async Task A_run_of_serious_messages_raises_the_level_to_high()
    {
        var request = new RiskScreeningRequest("I feel hopeless")
        {
            History = ["I can't take it anymore", "I'm a burden to everyone"],
        };

        var result = await Detector.AssessAsync(request);

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task An_explicit_crisis_message_is_never_diluted_by_a_calm_history()
    {
        var request = new RiskScreeningRequest("the pills are lined up, tonight is the night")
        {
            History = ["had a nice lunch", "the weather is great", "thanks for the chat"],
        };

        var result = await Detector.AssessAsync(request);

        result.Level.Should().Be(RiskLevel.Imminent);
    }

    [Fact]
    public async Task A_calm_message_after_a_crisis_history_is_not_raised_without_any_signal()
    {
        var request = new RiskScreeningRequest("what time is it")
        {
            History = ["I want to die", "I want to kill myself", "no reason to live"],
        };

        var result = await Detector.AssessAsync(request);

        result.Level.Should().Be(RiskLevel.None);
    }

    [Fact]
    public async Task A_lexicon_added_without_code_is_screened()
    {
        var detector = LexiconRiskDetector.Create(
        [
            new LexiconDefinition
            {
                Locale = "de",
                Patterns = [new LexiconPattern { Id = "si.sterben", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["ich will sterben"] }],
                Negations = ["nicht"],
            },
        ]);

        (await detector.AssessAsync(new RiskScreeningRequest("Ich will STERBEN") { Locale = "de" })).Level.Should().Be(RiskLevel.High);
        (await detector.AssessAsync(new RiskScreeningRequest("ich will nicht sterben") { Locale = "de" })).Level.Should().Be(RiskLevel.None);
    }

    [Fact]
    public async Task Open_phrases_match_longer_words()
    {
        var detector = LexiconRiskDetector.Create(
        [
            new LexiconDefinition
            {
                Locale = "xx",
                Patterns = [new LexiconPattern { Id = "t", Category = RiskCategory.SelfHarm, Level = RiskLevel.Moderate, Phrases = ["hurtful*"] }],
            },
        ]);

        (await detector.AssessAsync(new RiskScreeningRequest("so hurtfulness"))).Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public void A_lexicon_set_without_any_crisis_pattern_is_refused()
    {
        var act = () => LexiconRiskDetector.Create([new LexiconDefinition { Locale = "en", Negations = ["not"] }]);

        act.Should().Throw<ArgumentException>().WithMessage("*crisis pattern*");
    }

    [Fact]
    public async Task Without_a_content_source_the_detector_fails_loudly()
    {
        var detector = new LexiconRiskDetector();

        var act = async () => await detector.AssessAsync(new RiskScreeningRequest("hello"));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*IContentSource*");
    }

    [Fact]
    public async Task The_detector_reads_its_lexicons_from_the_content_source()
    {
        var detector = new LexiconRiskDetector(new FixedContentSource(Content.Yaml.ContentPackLoader.LoadDefault()));

        var result = await detector.AssessAsync(new RiskScreeningRequest("quiero morir"));

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task A_pack_without_lexicons_makes_the_detector_fail_loudly()
    {
        var pack = new ContentPack { Manifest = new PackManifest { Id = "empty", Version = "1.0.0", DefaultLocale = "en" } };
        var detector = new LexiconRiskDetector(new FixedContentSource(pack));

        var act = async () => await detector.AssessAsync(new RiskScreeningRequest("hello"));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*no lexicons*");
    }

    [Fact]
    public void AddWellbeingKit_registers_the_lexicon_detector()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit();

        using var provider = services.BuildServiceProvider();

        provider.GetServices<IRiskDetector>().Should().ContainSingle(d => d.Name == "lexicon");
    }

    [Fact]
    public async Task Without_a_content_source_the_kit_escalates_every_message()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWellbeingKit();
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<RiskScreener>().AssessAsync(new RiskScreeningRequest("hello"));

        result.EscalatedOnFailure.Should().BeTrue();
        result.Level.Should().Be(new WellbeingKitOptions().EscalationThreshold, "a detector with nothing to read escalates");
    }

    [Fact]
    public async Task Screening_is_thread_safe()
    {
        var texts = new[] { "I want to die", "nice day", "my dad beats me", "quiero morir", "this homework is killing me" };
        var expected = new List<RiskLevel>();
        foreach (var text in texts)
        {
            expected.Add((await Detector.AssessAsync(new RiskScreeningRequest(text))).Level);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
            (i % texts.Length, (await Detector.AssessAsync(new RiskScreeningRequest(texts[i % texts.Length]))).Level))));

        results.Should().OnlyContain(r => r.Level == expected[r.Item1]);
    }

    private sealed class FixedContentSource(ContentPack pack) : IContentSource
    {
        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => new(pack);
    }
}
