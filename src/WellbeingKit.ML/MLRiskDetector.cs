using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using WellbeingKit.ML.ModelFiles;
using WellbeingKit.Risk;

namespace WellbeingKit.ML;

/// <summary>
/// The ML crisis detector (name <c>ml</c>): a logistic-regression crisis head over word and character n-grams,
/// with one-vs-rest category heads. The language of the message (of each sentence, when its sentences are in different
/// languages) is identified from the text, not from the declared locale, and each part is scored by its language's
/// model: a language-specific model when one is shipped or configured, the default model otherwise, capped at
/// <c>Low</c> outside <see cref="MLClassifierOptions.FullStrengthLanguages"/>; a language the kit does not know gets
/// no ML score. A long message is screened sentence by sentence and the highest-scoring sentence is the evidence.
/// A part with fewer than <see cref="MinWordsForFullStrength"/> words is also capped at <c>Low</c>: a model's score on
/// one or two words it barely knows ("Sam", "mon jardin", "my kids") is not evidence of a crisis; short crisis
/// wording ("kms", "i want to die") is the lexicon's job.
/// The models load when the detector is first resolved; screening is thread-safe.
/// </summary>
internal sealed class MLRiskDetector : IBoundedRiskDetector
{
    /// <summary>The rule id of the detector's evidence.</summary>
    public const string RuleId = "ml.risk";

    /// <summary>
    /// The fewest words (runs of letters or digits) a part needs for the model alone to rate it above <c>Low</c>. Chosen
    /// on the tuning files only (docs/risk.md, "Short texts"): their crisis texts under three words ("kms", "cut again",
    /// "suicidal again") are all caught by the lexicon, while one- and two-word answers are where the model fires on
    /// words it barely knows.
    /// </summary>
    internal const int MinWordsForFullStrength = Words.TrustedByModels;

    /// <summary>The languages the kit identifies; the default model was trained on all four.</summary>
    private static readonly string[] KnownLanguages = ["en", "es", "fr", "ar"];

    private readonly Lazy<ModelRunner> _model;
    private readonly Dictionary<string, Lazy<ModelRunner>> _byLanguage = new(StringComparer.Ordinal);
    private readonly ISet<string> _fullStrength;

    /// <summary>Creates the detector and starts loading the models in the background (screening waits for them).</summary>
    /// <param name="options">Where the model files are (null: the shipped models).</param>
    public MLRiskDetector(IOptions<MLClassifierOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _model = ModelRunner.CreateLazy(options.Value.RiskModelPath, "risk.zip", "risk");
        _fullStrength = options.Value.FullStrengthLanguages;
        foreach (var language in KnownLanguages)
        {
            if (options.Value.RiskModelPaths.TryGetValue(language, out var path))
            {
                _byLanguage[language] = ModelRunner.CreateLazy(path, "", "risk");
            }
            else if (language != "en" && ModelRunner.HasEmbedded($"risk-{language}.zip"))
            {
                _byLanguage[language] = ModelRunner.CreateLazy(null, $"risk-{language}.zip", "risk");
            }
        }

        // Start loading in the background as soon as the detector exists, so the first screened message does not
        // wait for it; a load failure surfaces (and escalates) on the first screening.
        _ = Task.Run(() => _model.Value is not null && _byLanguage.Values.All(m => m.Value is not null));
    }

    /// <summary>True once the models are loaded.</summary>
    internal bool IsLoaded => _model.IsValueCreated && _byLanguage.Values.All(m => m.IsValueCreated);

    /// <inheritdoc />
    public string Name => "ml";

    /// <summary>The model's highest level is <see cref="RiskLevel.High"/> (<see cref="Interpret"/>).</summary>
    public RiskLevel Ceiling => RiskLevel.High;

    /// <inheritdoc />
    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Assess(request, onlyLoaded: false, cancellationToken)!);
    }

    /// <inheritdoc />
    public bool TryAssess(RiskScreeningRequest request, [NotNullWhen(true)] out RiskAssessment? assessment)
    {
        ArgumentNullException.ThrowIfNull(request);
        assessment = Assess(request, onlyLoaded: true, CancellationToken.None);
        return assessment is not null;
    }

    /// <summary>Screens <paramref name="request"/>; null when <paramref name="onlyLoaded"/> and a model it needs is still loading.</summary>
    private RiskAssessment? Assess(RiskScreeningRequest request, bool onlyLoaded, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return new RiskAssessment { Detector = Name };
        }

        var text = request.Text;
        var parts = t_parts ??= new Parts();
        Segments(text, parts);

        // Each part is scored into a stack buffer; only the best part's probabilities are kept, and only the best part
        // becomes an assessment (the same one, part by part, as scoring each and keeping the highest level, then score).
        Span<float> probabilities = stackalloc float[MaxHeads];
        Span<float> bestProbabilities = stackalloc float[MaxHeads];
        ModelRunner? bestModel = null;
        var bestSegment = default(TextSegment);
        var bestLevel = RiskLevel.None;
        var bestScore = 0.0;
        var bestCapped = false;
        for (var i = 0; i < parts.Segments.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = parts.Segments[i];
            var span = text.AsSpan(segment.Start, segment.Length);
            var language = parts.Languages[i]; // the text decides; unknown is scored at most Low
            if (ModelFor(language) is not { } lazy)
            {
                continue; // a language the kit has no model for gets no ML score
            }

            if (onlyLoaded && !lazy.IsValueCreated)
            {
                return null;
            }

            var model = lazy.Value;
            var heads = model.Model.HeadCount;
            var scored = heads <= MaxHeads ? probabilities[..heads] : new float[heads];
            model.Predict(span, scored);
            var level = LevelOf(model.Metadata, scored[0]);
            var capped = !_fullStrength.Contains(language) || !Words.HasAtLeast(span, MinWordsForFullStrength);
            if (capped && level > RiskLevel.Low)
            {
                level = RiskLevel.Low;
            }

            var score = Math.Round(scored[0], 4);
            if (bestModel is null || level > bestLevel || (level == bestLevel && score > bestScore))
            {
                (bestModel, bestSegment, bestLevel, bestScore, bestCapped) = (model, segment, level, score, capped);
                if (heads <= MaxHeads)
                {
                    scored.CopyTo(bestProbabilities);
                }
                else
                {
                    bestProbabilities = scored;
                }
            }
        }

        if (bestModel is null)
        {
            return new RiskAssessment { Detector = Name };
        }

        var best = Interpret(bestModel.Metadata, bestProbabilities[..bestModel.Model.HeadCount], text, bestSegment, Name);
        return bestCapped ? CapAtLow(best) : best;
    }

    /// <summary>The most heads a model's probabilities are scored into on the stack (the risk models have 5).</summary>
    private const int MaxHeads = 32;

    /// <summary>This thread's lists of parts (a screening never runs inside another on one thread).</summary>
    [ThreadStatic]
    private static Parts? t_parts;

    /// <summary>The parts of a message to score and the language of each.</summary>
    private sealed class Parts
    {
        public List<TextSegment> Segments { get; } = new(8);

        public List<string> Languages { get; } = new(8);

        public List<TextSegment> Sentences { get; } = new(8);

        public List<string> SentenceLanguages { get; } = new(8);

        public void Add(TextSegment segment, string language)
        {
            Segments.Add(segment);
            Languages.Add(language);
        }
    }

    /// <summary>
    /// The parts to score and their languages: the whole message when short, else its sentences; a short message
    /// whose sentences are in different languages is scored whole and sentence by sentence, each with its own language.
    /// Each character is read once by the language identifier: a short message's language is the sum of its sentences'
    /// evidence and that of the gaps between them (<see cref="LanguageIdentifier.Tally"/>).
    /// </summary>
    private static void Segments(string text, Parts parts)
    {
        parts.Segments.Clear();
        parts.Languages.Clear();
        if (text.Length > TextSegments.WholeTextLength)
        {
            TextSegments.Split(text, parts.Sentences);
            foreach (var sentence in parts.Sentences)
            {
                parts.Add(sentence, LanguageIdentifier.Identify(text.AsSpan(sentence.Start, sentence.Length)));
            }

            return;
        }

        var whole = new TextSegment(0, text.Length);
        var sentences = parts.Sentences;
        TextSegments.Split(text, sentences);
        if (sentences.Count < 2)
        {
            parts.Add(whole, LanguageIdentifier.IdentifyMessage(text));
            return;
        }

        parts.SentenceLanguages.Clear();
        var all = default(LanguageIdentifier.Tally);
        var end = 0;
        string? first = null;
        var mixed = false;
        foreach (var sentence in sentences)
        {
            all.Add(text.AsSpan(end, sentence.Start - end));
            var one = default(LanguageIdentifier.Tally);
            one.Add(text.AsSpan(sentence.Start, sentence.Length));
            all.Add(one);
            end = sentence.Start + sentence.Length;
            var language = one.Language;
            parts.SentenceLanguages.Add(language);
            if (language == LanguageIdentifier.Unknown)
            {
                continue;
            }

            mixed |= first is not null && first != language;
            first ??= language;
        }

        all.Add(text.AsSpan(end));
        parts.Add(whole, all.Language);
        if (mixed)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                parts.Add(sentences[i], parts.SentenceLanguages[i]);
            }
        }
    }

    /// <summary>The model for a language: its own model, else the default one (trained on en, es, fr and ar); none for an unknown language.</summary>
    private Lazy<ModelRunner>? ModelFor(string language) =>
        _byLanguage.TryGetValue(language, out var own) ? own
        : language == LanguageIdentifier.Unknown || KnownLanguages.Contains(language) ? _model
        : null;

    /// <summary>The level of a crisis probability under the model's thresholds.</summary>
    private static RiskLevel LevelOf(ModelMetadata metadata, float probability) =>
        probability >= metadata.HighThreshold ? RiskLevel.High
        : probability >= metadata.ModerateThreshold ? RiskLevel.Moderate
        : probability >= metadata.LowThreshold ? RiskLevel.Low
        : RiskLevel.None;

    private static RiskAssessment CapAtLow(RiskAssessment assessment) => assessment.Level <= RiskLevel.Low
        ? assessment
        : assessment with
        {
            Level = RiskLevel.Low,
            Evidence = assessment.Evidence.Select(e => e with { Level = RiskLevel.Low }).ToList(),
        };

    /// <summary>Turns the model's probabilities into an assessment.</summary>
    /// <param name="metadata">The thresholds and category names.</param>
    /// <param name="probabilities">The crisis probability followed by the category probabilities.</param>
    /// <param name="text">The screened text.</param>
    /// <param name="segment">The span the probabilities belong to (the evidence span).</param>
    /// <param name="detector">The detector name.</param>
    /// <returns>The assessment.</returns>
    internal static RiskAssessment Interpret(ModelMetadata metadata, ReadOnlySpan<float> probabilities, string text, TextSegment segment, string detector)
    {
        var score = Math.Round(probabilities[0], 4);
        var level = LevelOf(metadata, probabilities[0]);
        if (level == RiskLevel.None)
        {
            return new RiskAssessment { Score = score, Detector = detector };
        }

        var category = RiskCategory.SuicidalIdeation;
        var best = float.MinValue;
        for (var i = 0; i < metadata.Categories.Count && i + 1 < probabilities.Length; i++)
        {
            if (probabilities[i + 1] > best && Enum.TryParse<RiskCategory>(metadata.Categories[i], out var parsed))
            {
                best = probabilities[i + 1];
                category = parsed;
            }
        }

        return new RiskAssessment
        {
            Level = level,
            Categories = [category],
            Score = score,
            Evidence = [new RiskEvidence(segment.Start, segment.Length, text.Substring(segment.Start, segment.Length), RuleId, category, level, detector)],
            Detector = detector,
        };
    }
}
