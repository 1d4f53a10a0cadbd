using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Content.Yaml.Tests;

public sealed class LoaderBasicsTests
{
    [Fact]
    public void The_test_pack_is_valid()
    {
        using var pack = new TestPack();
        pack.Problems().Should().BeEmpty();
    }

    [Fact]
    public void A_valid_pack_loads_into_the_model()
    {
        using var pack = new TestPack();
        var loaded = ContentPackLoader.LoadDirectory(pack.Directory);
        loaded.Manifest.Id.Should().Be("test-pack");
        loaded.Flows["daily"].States["ask"].Options[1].Next.Should().Be("breathe");
        loaded.Exercises["box-breathing"].Title.Resolve("es", "en").Should().Be("Respiración cuadrada");
        loaded.Questionnaires["who5"].Scoring.Should().Be("sum-times-4");
        loaded.Helplines.Should().ContainSingle().Which.Country.Should().Be("*");
        loaded.Lexicons["en"].Patterns.Should().Contain(p => p.Id == "si.test" && p.Category == Risk.RiskCategory.SuicidalIdeation);
        loaded.GetMessage("daily.ask", "es").Should().Be("¿Cómo estás hoy?");
    }

    [Fact]
    public void Load_throws_only_a_content_validation_exception_carrying_every_problem()
    {
        using var pack = new TestPack(new Dictionary<string, string?>
        {
            ["flows/daily.yaml"] = TestPack.ValidFiles["flows/daily.yaml"].Replace("next: breathe\n  breathe:", "next: breath\n  breathe:", StringComparison.Ordinal),
            ["exercises/box-breathing.yaml"] = TestPack.ValidFiles["exercises/box-breathing.yaml"].Replace("duration_minutes: 2", "duration_minutes: two", StringComparison.Ordinal),
            ["messages/es.yaml"] = "locale: es\nmessages: [",
        });

        var act = () => ContentPackLoader.LoadDirectory(pack.Directory);

        act.Should().Throw<ContentValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Equal("exercises/box-breathing.yaml", "flows/daily.yaml", "messages/es.yaml");
    }

    [Fact]
    public void A_missing_folder_is_reported_as_a_problem()
    {
        var missing = Path.Combine(Path.GetTempPath(), "wbk-missing-" + Guid.NewGuid().ToString("N"));
        ContentPackLoader.Validate(missing).Should().ContainSingle().Which.Message.Should().Be($"the folder '{missing}' does not exist");
    }

    [Fact]
    public void Problems_are_sorted_by_file_line_and_column()
    {
        using var pack = new TestPack(new Dictionary<string, string?>
        {
            ["pack.yaml"] = TestPack.ValidFiles["pack.yaml"].Replace("start_flow: daily", "start_flow: dayly", StringComparison.Ordinal),
            ["exercises/box-breathing.yaml"] = TestPack.ValidFiles["exercises/box-breathing.yaml"].Replace("kind: breathing", "kind: breath", StringComparison.Ordinal) + "\ncolour: blue",
        });

        pack.Problems().Should().Equal(
            "exercises/box-breathing.yaml:2:7: 'kind' is 'breath', which is not one of: breathing, grounding, relaxation, cbt, behavioural-activation, journaling, problem-solving, self-compassion, sleep, values, visualisation, worry",
            "exercises/box-breathing.yaml:13:1: unknown key 'colour'; expected one of: id, kind, title, summary, steps, duration_minutes, helps, emotions, contexts, requires, contraindications, prior, source",
            "pack.yaml:7:13: start_flow 'dayly' is not a flow of the pack; did you mean 'daily'?");
    }
}
