using System.IO.Compression;
using Microsoft.ML;
using WellbeingKit.ML.Features;
using WellbeingKit.ML.Training;

namespace WellbeingKit.ML.Tests;

public sealed class LinearModelTests(TrainingFixture fixture) : IClassFixture<TrainingFixture>
{
    private static readonly string[] Texts =
    [
        "thank you so much, this made my day!!",
        "I am so sad and tired of everything",
        "why would anyone do that?",
        "Ça va très bien, merci",
        "شكرا جزيلا يا صديقي",
        "WOW that is AMAZING",
    ];

    [Fact]
    public void A_model_written_and_read_back_gives_the_same_probabilities()
    {
        var model = ModelRunner.LoadFile(fixture.EmotionModel, "emotion").Model;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;

        var copy = LinearTextModel.Read(buffer, "copy");

        foreach (var text in Texts)
        {
            copy.Predict(text, null).Should().Equal(model.Predict(text, null));
        }
    }

    [Fact]
    public void A_truncated_model_is_refused_with_its_source()
    {
        var model = ModelRunner.LoadFile(fixture.RiskModel, "risk").Model;
        using var buffer = new MemoryStream();
        model.Write(buffer);
        using var truncated = new MemoryStream(buffer.ToArray()[..(int)(buffer.Length / 2)]);

        var act = () => LinearTextModel.Read(truncated, "half.bin");

        act.Should().Throw<InvalidDataException>().WithMessage("half.bin: the model is truncated.");
    }

    [Fact]
    public void A_model_claiming_more_entries_than_its_bytes_hold_is_refused_as_truncated()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("WBK-LINEAR");
            writer.Write(1);
            writer.Write(2);
            writer.Write(4);
            writer.Write(false);
            writer.Write(9_000_000);
        }

        buffer.Position = 0;

        var act = () => LinearTextModel.Read(buffer, "claims.bin");

        act.Should().Throw<InvalidDataException>().WithMessage("claims.bin: the model is truncated.");
    }

    [Fact]
    public void A_model_file_of_the_first_format_is_refused_with_a_hint_to_retrain()
    {
        var path = Path.Combine(fixture.Directory, "format1.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("WellbeingKit/metadata.json").Open());
            writer.Write("""{ "kind": "emotion", "format_version": 1, "labels": ["joy"], "thresholds": [0.5] }""");
        }

        var act = () => ModelRunner.LoadFile(path, "emotion");

        act.Should().Throw<InvalidDataException>().WithMessage($"{path}: model file format 1;*format 2*wellbeing train*");
    }

    [Fact]
    public void Diacritics_and_letter_case_do_not_change_the_probabilities()
    {
        var model = ModelRunner.LoadFile(fixture.EmotionModel, "emotion");

        model.Predict("Ça va TRÈS bien, café").Should().Equal(model.Predict("ca va tres bien, cafe"));
    }

    [Fact]
    public void Repeated_letters_beyond_two_do_not_change_the_probabilities()
    {
        var model = ModelRunner.LoadFile(fixture.EmotionModel, "emotion");

        model.Predict("sooooo happyyyyy").Should().Equal(model.Predict("soo happyy"));
    }

    [Fact]
    public void Vectors_are_l2_normalized_per_block_and_sorted_for_training()
    {
        var vectorizer = VocabularyBuilder.Build(["the cat sat", "the dog ran", "a cat ran"], new FeatureSettings());
        var scratch = new VectorScratch();

        vectorizer.Vectorize("the cat ran", null, scratch, sorted: true);

        var indices = scratch.Indices.AsSpan(0, scratch.Count).ToArray();
        var values = scratch.Values.AsSpan(0, scratch.Count).ToArray();
        indices.Should().BeInAscendingOrder();
        var words = indices.Select((f, k) => (f, v: values[k])).Where(x => x.f < vectorizer.WordCount).Sum(x => x.v * x.v);
        var chars = indices.Select((f, k) => (f, v: values[k])).Where(x => x.f >= vectorizer.WordCount && x.f < vectorizer.WordCount + vectorizer.CharCount).Sum(x => x.v * x.v);
        words.Should().BeApproximately(1f, 1e-5f);
        chars.Should().BeApproximately(1f, 1e-5f);
    }

    [Fact]
    public void The_check_against_ml_net_refuses_a_model_whose_weights_differ_from_the_trained_heads()
    {
        var texts = new[] { "I feel great today", "this is awful", "great great great", "awful day", "what a great idea", "so awful" };
        var labels = new[] { true, false, true, false, true, false };
        var ml = new MLContext(1);
        var vectorizer = VocabularyBuilder.Build(texts, new FeatureSettings());
        var vectors = BinaryHeads.Vectorize(vectorizer, texts, null);
        var head = BinaryHeads.Train(ml, vectors, vectorizer.Dimension, labels, null, new HeadSettings());
        var extracted = BinaryHeads.Extract(head, vectorizer.Dimension);
        var tampered = extracted with { Bias = extracted.Bias + 1 };

        BinaryHeads.Verify(ml, [head], new LinearTextModel(vectorizer, [extracted]), texts, null);
        var act = () => BinaryHeads.Verify(ml, [head], new LinearTextModel(vectorizer, [tampered]), texts, null);

        act.Should().Throw<InvalidOperationException>().WithMessage("*exported model scores text 0*");
    }
}
