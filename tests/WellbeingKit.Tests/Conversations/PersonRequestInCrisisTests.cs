using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Conversations;

/// <summary>
/// Asking for a person inside a safety conversation leads to the hand-off in every locale, even when the screening
/// reads the request itself as distress (the French "je peux parler à une vraie personne" scored Moderate).
/// </summary>
public sealed class PersonRequestInCrisisTests
{
    [Theory]
    [InlineData("en", "I want to die", "can I talk to a real person")]
    [InlineData("es", "quiero morir", "puedo hablar con una persona de verdad")]
    [InlineData("fr", "je veux mourir", "je peux parler à une vraie personne")]
    [InlineData("ar", "أريد أن أموت", "أريد أن أتحدث مع شخص حقيقي")]
    public async Task Asking_for_a_real_person_after_a_crisis_leads_to_the_hand_off_not_the_intro_again(string locale, string crisis, string askForPerson)
    {
        var handler = new AcceptingHandoff();
        using var kit = TestKit.ScreenedBy(new OverReadingDetector(), configure: b => b.Services.AddSingleton<IHandoffHandler>(handler));
        var first = await kit.Say(crisis, locale: locale);

        var reply = await kit.Say(askForPerson, locale: locale);

        reply.Risk.Level.Should().Be(RiskLevel.Moderate, "the detector read the request as distress");
        reply.Handoff.Should().NotBeNull().And.Subject.As<HandoffResult>().Status.Should().Be(HandoffStatus.Queued);
        handler.Requests.Should().ContainSingle().Which.Level.Should().Be(RiskLevel.High, "the hand-off carries the crisis that started the conversation");
        reply.Messages.Select(m => m.Text).Should().NotContain(first.Messages[0].Text, "the safety flow's first words are not said again");
        reply.Helplines.Should().NotBeEmpty("help stays one tap away");
    }

    [Theory]
    [InlineData("en", "I want to die")]
    [InlineData("es", "quiero morir")]
    [InlineData("fr", "je veux mourir")]
    [InlineData("ar", "أريد أن أموت")]
    public async Task A_typed_option_label_that_screens_as_distress_is_answered_not_met_with_the_intro_again(string locale, string crisis)
    {
        using var kit = TestKit.ScreenedBy(new OverReadingDetector());
        var first = await kit.Say(crisis, locale: locale);

        var reply = await kit.Say(Safety.BuiltInTexts.Get("safety.option_safe", locale)!, locale: locale);

        reply.Risk.Level.Should().Be(RiskLevel.High, "the detector read the typed label as a crisis, as the ML model does for \"I'm safe right now\"");
        reply.Messages.Select(m => m.Text).Should().Contain(Safety.BuiltInTexts.Get("safety.safe", locale)!)
            .And.NotContain(first.Messages[0].Text);
        reply.Helplines.Should().NotBeEmpty("help stays one tap away");
    }

    [Fact]
    public async Task A_more_severe_message_that_also_asks_for_a_person_starts_the_safety_flow_again()
    {
        using var kit = TestKit.ScreenedBy(new OverReadingDetector());
        var first = await kit.Say("talk to a person please, it's just hard");

        var reply = await kit.Say("I want to die, can I talk to a real person");

        first.Safety.Should().BeTrue();
        reply.Risk.Level.Should().Be(RiskLevel.High);
        reply.Messages.Select(m => m.Text).Should().Contain(first.Messages[0].Text, "a crisis more severe than the one that started the conversation gets the safety response again");
    }

    /// <summary>Crisis phrases and the typed "I'm safe right now" label are High; a request for a person is Moderate (as the ML model read them).</summary>
    private sealed class OverReadingDetector : IRiskDetector
    {
        private static readonly string[] Crisis =
            ["want to die", "quiero morir", "je veux mourir", "أريد أن أموت", "safe right now", "ahora estoy a salvo", "en sécurité pour l'instant", "أنا في أمان الآن"];
        private static readonly string[] Person = ["person", "personne", "persona", "شخص"];

        public string Name => "over-reading";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
        {
            var level = Crisis.Any(p => request.Text.Contains(p, StringComparison.OrdinalIgnoreCase)) ? RiskLevel.High
                : Person.Any(p => request.Text.Contains(p, StringComparison.OrdinalIgnoreCase)) ? RiskLevel.Moderate
                : RiskLevel.None;
            return ValueTask.FromResult(level == RiskLevel.None
                ? RiskAssessment.None
                : new RiskAssessment { Level = level, Categories = [RiskCategory.SuicidalIdeation], Score = level == RiskLevel.High ? 0.9 : 0.6, Detector = Name });
        }
    }
}
