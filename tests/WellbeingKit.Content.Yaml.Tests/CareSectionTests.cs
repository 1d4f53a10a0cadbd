using FluentAssertions;
using WellbeingKit.Care;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using Xunit;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary><c>care:</c> in pack.yaml: stepped care per questionnaire band and the deterioration response.</summary>
public sealed class CareSectionTests
{
    private static TestPack WithCare(string care) =>
        TestPack.With("pack.yaml", TestPack.ValidFiles["pack.yaml"] + "\ncare:\n  questionnaires:\n" + care);

    [Fact]
    public void A_care_section_loads_into_the_manifest()
    {
        using var pack = WithCare("    who5:\n      support: { any: person }\n      on_deterioration: { message: care.change.wellbeing, offer_person: false }");

        var care = ContentPackLoader.LoadDirectory(pack.Directory).Manifest.Care.Questionnaires["who5"];

        care.Support.Should().Equal(new Dictionary<string, SupportLevel> { ["any"] = SupportLevel.Person });
        care.OnDeterioration.Should().Be(new DeteriorationResponse { Message = "care.change.wellbeing", OfferPerson = false, RepeatQuestionnaire = true });
    }

    [Fact]
    public void A_band_the_questionnaire_does_not_have_is_refused_with_its_position()
    {
        using var pack = WithCare("    who5:\n      support:\n        severe: person");

        pack.Problems().Should().Equal("pack.yaml:13:9: care.questionnaires.who5.support names band 'severe', which is not a band of who5 (known: any)");
    }

    [Fact]
    public void A_questionnaire_the_pack_does_not_have_is_refused_with_its_position()
    {
        using var pack = WithCare("    phq9:\n      support: { mild: self-help }");

        pack.Problems().Should().Equal("pack.yaml:11:5: care names questionnaire 'phq9', which is not a questionnaire of the pack (known: who5)");
    }

    [Fact]
    public void An_unknown_support_level_is_refused_with_its_position()
    {
        using var pack = WithCare("    who5:\n      support: { any: therapy }");

        pack.Problems().Should().Equal("pack.yaml:12:23: 'any' is 'therapy', which is not one of: self-help, guided-self-help, person");
    }

    [Fact]
    public void A_deterioration_message_key_nobody_defines_is_refused_with_its_position()
    {
        using var pack = WithCare("    who5:\n      on_deterioration:\n        message: care.change.nope");

        pack.Problems().Should().Equal("pack.yaml:13:18: care.questionnaires.who5.on_deterioration.message 'care.change.nope' is not a message of the pack or of the kit");
    }
}
