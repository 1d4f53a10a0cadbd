using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Emotions;
using WellbeingKit.Risk;

namespace WellbeingKit.ML.Tests;

public sealed class ShippedModelTests
{
    private static readonly ServiceProvider Services = Build();

    [Fact]
    public void AddMLClassifiers_registers_the_ml_detector_beside_the_other_detectors()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddRiskDetector(new FixedDetector()).AddMLClassifiers();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<RiskScreener>().Detectors.Select(d => d.Name).Should().Contain(["fixed", "ml"]);
    }

    [Fact]
    public void AddMLClassifiers_twice_registers_the_ml_detector_once()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddMLClassifiers().AddMLClassifiers();
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IRiskDetector>().Count(d => d.Name == "ml").Should().Be(1);
    }

    [Fact]
    public async Task The_shipped_emotion_model_finds_gratitude_in_a_thank_you()
    {
        var result = await Services.GetRequiredService<IEmotionClassifier>().ClassifyAsync("Thank you so much, this really helped me!", "en");

        result.Top[0].Label.Should().Be("gratitude");
        result.Ekman.Should().Be("joy");
    }

    [Fact]
    public async Task The_shipped_emotion_model_reports_more_distress_for_grief_than_for_joy()
    {
        var classifier = Services.GetRequiredService<IEmotionClassifier>();

        var grief = await classifier.ClassifyAsync("My mother died last week and I can't stop crying, I miss her so much.", "en");
        var joy = await classifier.ClassifyAsync("Best day ever, I'm so happy for you!", "en");

        grief.Ekman.Should().Be("sadness");
        grief.Distress.Should().BeGreaterThan(joy.Distress + 0.3);
    }

    [Theory]
    [InlineData("es", "Gracias, me has ayudado muchísimo")]
    [InlineData("ar", "شكرا جزيلا، لقد ساعدتني كثيرا")]
    [InlineData(null, "شكرا جزيلا، لقد ساعدتني كثيرا")]
    public async Task Outside_english_the_emotion_classifier_reports_neutral_instead_of_guessing(string? locale, string text)
    {
        var result = await Services.GetRequiredService<IEmotionClassifier>().ClassifyAsync(text, locale);

        result.Should().Be(EmotionResult.Neutral);
    }

    [Fact]
    public async Task A_language_added_to_the_emotion_languages_is_classified()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddMLClassifiers(o => o.EmotionLanguages.Add("es"));
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IEmotionClassifier>().ClassifyAsync("Gracias, thank you so much!", "es");

        result.Should().NotBe(EmotionResult.Neutral);
    }

    [Fact]
    public async Task The_shipped_emotion_model_returns_neutral_for_empty_text()
    {
        var result = await Services.GetRequiredService<IEmotionClassifier>().ClassifyAsync("  ", "en");

        result.Should().Be(EmotionResult.Neutral);
    }

    [Theory]
    [InlineData("I'm going to kill myself tonight")]
    [InlineData("Everyone would be better off without me")]
    [InlineData("Quiero morirme, ya no puedo más")]
    [InlineData("Je veux mourir")]
    public async Task The_shipped_risk_detector_flags_explicit_crisis_statements(string text)
    {
        var result = await MlDetector().AssessAsync(new RiskScreeningRequest(text));

        result.Level.Should().BeOneOf(RiskLevel.Moderate, RiskLevel.High);
    }

    [Theory]
    [InlineData("What a great game last night, that goal was unreal")]
    [InlineData("Can you recommend a good book for the weekend?")]
    public async Task The_shipped_risk_detector_leaves_everyday_text_alone(string text)
    {
        var result = await MlDetector().AssessAsync(new RiskScreeningRequest(text));

        result.Level.Should().Be(RiskLevel.None);
        result.Evidence.Should().BeEmpty();
    }

    [Theory]
    [InlineData("I'm not suicidal, just tired")]
    [InlineData("I would never kill myself")]
    [InlineData("This homework is killing me")]
    public async Task The_shipped_risk_detector_stays_below_moderate_on_negations_and_idioms(string text)
    {
        var result = await MlDetector().AssessAsync(new RiskScreeningRequest(text));

        result.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Fact]
    public async Task In_a_long_post_the_evidence_is_the_crisis_sentence()
    {
        var text = "I went to the store this morning and bought groceries for the week. The weather was nice and the bus was on time. "
            + "My sister called and we talked about her new job and the trip she is planning next summer. "
            + "I'm going to kill myself tonight. Anyway the dog needs a walk and I should answer some emails before dinner.";

        var result = await MlDetector().AssessAsync(new RiskScreeningRequest(text));

        var evidence = result.Evidence.Should().ContainSingle().Subject;
        evidence.RuleId.Should().Be("ml.risk");
        evidence.Text.Should().Be("I'm going to kill myself tonight.");
        text.Substring(evidence.Start, evidence.Length).Should().Be(evidence.Text);
    }

    [Fact]
    public async Task Concurrent_screening_gives_the_same_scores_as_sequential_screening()
    {
        var detector = MlDetector();
        string[] texts = ["I want to die", "lovely weather today", "I cut myself again", "thanks for the help", "Je veux mourir"];
        var sequential = new List<double>();
        foreach (var t in texts)
        {
            sequential.Add((await detector.AssessAsync(new RiskScreeningRequest(t))).Score);
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
            (i % texts.Length, (await detector.AssessAsync(new RiskScreeningRequest(texts[i % texts.Length]))).Score))));

        concurrent.Should().OnlyContain(r => r.Score == sequential[r.Item1]);
    }

    [Theory]
    [InlineData("fr", "Je pars en week-end à la montagne avec mes amis")]
    [InlineData("es", "Prepararme para dormir")]
    [InlineData("ar", "مرحبا")]
    public async Task Ordinary_messages_in_french_spanish_and_arabic_stay_at_low_or_below_with_their_own_models(string locale, string text)
    {
        var assessment = await MlDetector().AssessAsync(new RiskScreeningRequest(text) { Locale = locale });

        assessment.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Theory]
    [InlineData("Hoy fue un buen día con mis amigos en la playa, jajaja")]
    [InlineData("مبروك على النجاح يا صديقي، الله يوفقك")]
    [InlineData("Je pars en week-end à la montagne, trop hâte")]
    public async Task A_message_in_another_language_is_not_judged_by_the_english_model_when_the_locale_is_left_at_english(string text)
    {
        var assessment = await MlDetector().AssessAsync(new RiskScreeningRequest(text) { Locale = "en" });

        assessment.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Theory]
    [InlineData("es", "ya no quiero vivir, quiero morirme")]
    [InlineData("fr", "je veux mourir, je n'en peux plus")]
    [InlineData("ar", "بدي موت ما عاد فيني اتحمل")]
    public async Task A_crisis_message_in_spanish_french_or_arabic_reaches_at_least_moderate_through_its_own_model(string language, string text)
    {
        var assessment = await MlDetector().AssessAsync(new RiskScreeningRequest(text) { Locale = "en" });

        assessment.Level.Should().BeOneOf([RiskLevel.Moderate, RiskLevel.High, RiskLevel.Imminent], language);
    }

    [Fact]
    public async Task In_english_the_ml_detector_keeps_its_full_levels()
    {
        var assessment = await MlDetector().AssessAsync(new RiskScreeningRequest("I want to kill myself tonight, I can't go on") { Locale = "en" });

        assessment.Level.Should().BeOneOf(RiskLevel.Moderate, RiskLevel.High, RiskLevel.Imminent);
    }

    [Fact]
    public async Task Starting_the_host_loads_both_models_before_the_first_message()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddMLClassifiers().UseContentSource<MinimalContent>();
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        provider.GetServices<IRiskDetector>().OfType<MLRiskDetector>().Single().IsLoaded.Should().BeTrue();
        ((MLEmotionClassifier)provider.GetRequiredService<IEmotionClassifier>()).IsLoaded.Should().BeTrue();
    }

    private static IRiskDetector MlDetector() => Services.GetServices<IRiskDetector>().Single(d => d.Name == "ml");

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().AddMLClassifiers();
        return services.BuildServiceProvider();
    }

    private sealed class FixedDetector : IRiskDetector
    {
        public string Name => "fixed";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(RiskAssessment.None);
    }

    /// <summary>A content source, so the kit's start-up check passes (it refuses a kit without one).</summary>
    private sealed class MinimalContent : WellbeingKit.Content.IContentSource
    {
        public ValueTask<WellbeingKit.Content.ContentPack> GetPackAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new WellbeingKit.Content.ContentPack { Manifest = new() { Id = "test", Version = "1", DefaultLocale = "en" } });
    }
}
