using FluentAssertions;
using WellbeingKit.Care;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using Xunit;

namespace WellbeingKit.Tests.Care;

/// <summary>The stepped care and deterioration responses the pack sets (<c>care:</c> in pack.yaml) drive what the kit says.</summary>
public sealed class PackCareTests
{
    private static readonly ContentPack DefaultPack = ContentPackLoader.LoadDefault();

    private static readonly DeteriorationNotice Phq9Rise = new()
    {
        Kind = DeteriorationKind.ReliableChange,
        QuestionnaireId = "phq9",
        PreviousScore = 5,
        Score = 12,
        PreviousSeverity = "mild",
        Severity = "moderate",
    };

    private static ContentPack WithCare(QuestionnaireCare phq9) =>
        DefaultPack with { Manifest = DefaultPack.Manifest with { Care = new PackCare { Questionnaires = new Dictionary<string, QuestionnaireCare> { ["phq9"] = phq9 } } } };

    private static List<string> Say(ContentPack pack)
    {
        var messages = new List<ReplyMessage>();
        NoticeMessages.Add(messages, [], pack, "en", new CareNote(Phq9Rise, AskConsent: false));
        return messages.Select(m => m.Text).ToList();
    }

    [Fact]
    public void The_default_pack_sets_stepped_care_for_its_questionnaires()
    {
        SteppedCare.Suggest("phq9", "moderate", DefaultPack).Should().Be(SupportLevel.GuidedSelfHelp);
        SteppedCare.Suggest("gad7", "severe", DefaultPack).Should().Be(SupportLevel.Person);
        SteppedCare.Suggest("who5", "low", DefaultPack).Should().Be(SupportLevel.GuidedSelfHelp);
    }

    [Fact]
    public void A_pack_mapping_changes_the_suggested_level_in_the_deterioration_reply()
    {
        var pack = WithCare(new QuestionnaireCare { Support = new Dictionary<string, SupportLevel> { ["moderate"] = SupportLevel.Person } });

        SteppedCare.Suggest("phq9", "moderate", pack).Should().Be(SupportLevel.Person);
        Say(pack).Should().Contain(CareTexts.Get(pack, "care.support.person", "en"))
            .And.NotContain(CareTexts.Get(pack, "care.support.guided-self-help", "en"));
        Say(DefaultPack).Should().Contain(CareTexts.Get(DefaultPack, "care.support.guided-self-help", "en"));
    }

    [Fact]
    public void A_pack_deterioration_response_sets_the_message_and_can_leave_out_the_offer_and_the_repeat()
    {
        var pack = WithCare(new QuestionnaireCare
        {
            OnDeterioration = new DeteriorationResponse { Message = "care.change.wellbeing", OfferPerson = false, RepeatQuestionnaire = false },
        });

        var said = Say(pack);

        said[0].Should().Be(CareTexts.Get(pack, "care.change.wellbeing", "en", new Dictionary<string, string>
        {
            ["questionnaire"] = InsightsBuilder.QuestionnaireTitle(pack, "phq9", "en"),
            ["score"] = "12",
            ["previous"] = "5",
        }));
        said.Should().NotContain(CareTexts.Get(pack, "care.change.offer", "en"))
            .And.NotContain(CareTexts.Get(pack, "care.change.repeat", "en"));
        Say(DefaultPack).Should().Contain(CareTexts.Get(DefaultPack, "care.change.offer", "en"))
            .And.Contain(CareTexts.Get(DefaultPack, "care.change.repeat", "en"));
    }
}
