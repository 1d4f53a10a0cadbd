using System.IO.Compression;
using WellbeingKit.ML.Features;

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
}
