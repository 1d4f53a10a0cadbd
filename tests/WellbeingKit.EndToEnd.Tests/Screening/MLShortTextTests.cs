using WellbeingKit.Risk;

namespace WellbeingKit.EndToEnd.Tests.Screening;

/// <summary>
/// The default pack with the ML classifier on, as <c>wellbeing chat</c> runs it: short answers are not read as a crisis
/// by the model alone, short crisis wording still escalates, and after a crisis and a typed denial a request for a
/// person reaches the hand-off.
/// </summary>
public sealed class MLShortTextTests : IClassFixture<MLKit>
{
    private readonly MLKit _kit;

    public MLShortTextTests(MLKit kit) => _kit = kit;

    [Theory]
    [InlineData("en", "Robin")]
    [InlineData("en", "my dog")]
    [InlineData("es", "mi perro")]
    [InlineData("es", "Lucía")]
    [InlineData("fr", "ma sœur")]
    [InlineData("fr", "passer")]
    [InlineData("ar", "أختي")]
    [InlineData("ar", "حديقتي")]
    public async Task A_one_or_two_word_answer_stays_below_moderate_with_ML_on(string locale, string answer)
    {
        var reply = await _kit.SayAsync(MLKit.NewUser(), answer, locale);

        reply.Risk.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
        reply.Safety.Should().BeFalse();
    }

    [Theory]
    [InlineData("en", "kms")]
    [InlineData("en", "i want to die")]
    [InlineData("es", "quiero morirme")]
    [InlineData("fr", "je veux mourir")]
    [InlineData("ar", "أريد أن أموت")]
    public async Task A_short_real_crisis_phrase_still_escalates_with_ML_on(string locale, string crisis)
    {
        var reply = await _kit.SayAsync(MLKit.NewUser(), crisis, locale);

        reply.Risk.Level.Should().BeOneOf(RiskLevel.Moderate, RiskLevel.High, RiskLevel.Imminent);
        reply.Safety.Should().BeTrue();
    }

    [Theory]
    [InlineData("en", "I want to die", "You misunderstood me", "can I talk to a real person")]
    [InlineData("es", "quiero morirme", "Me has malinterpretado", "quiero hablar con una persona de verdad")]
    [InlineData("fr", "je veux mourir", "Tu m'as mal compris·e", "je voudrais parler à une vraie personne")]
    [InlineData("ar", "أريد أن أموت", "أسأت فهمي", "أريد التحدث مع شخص حقيقي")]
    public async Task Asking_for_a_person_after_a_crisis_and_a_denial_reaches_the_hand_off(string locale, string crisis, string denial, string askForPerson)
    {
        var user = MLKit.NewUser();
        var first = await _kit.SayAsync(user, crisis, locale);
        await _kit.SayAsync(user, denial, locale);

        var reply = await _kit.SayAsync(user, askForPerson, locale);

        reply.Handoff.Should().NotBeNull();
        reply.Messages.Select(m => m.Text).Should().NotContain(first.Messages[0].Text, "the safety flow's first words are not said again");
        reply.Helplines.Should().NotBeEmpty("help stays one tap away");
    }

    [Theory]
    [InlineData("en", "I want to die", "You misunderstood me", "I'm going to do it tonight, I want to die")]
    [InlineData("es", "quiero morirme", "Me has malinterpretado", "esta noche me voy a matar")]
    [InlineData("fr", "je veux mourir", "Tu m'as mal compris·e", "ce soir je vais me tuer")]
    [InlineData("ar", "أريد أن أموت", "أسأت فهمي", "سأقتل نفسي الليلة")]
    public async Task A_new_crisis_after_a_denial_still_gets_the_safety_flow(string locale, string crisis, string denial, string again)
    {
        var user = MLKit.NewUser();
        await _kit.SayAsync(user, crisis, locale);
        await _kit.SayAsync(user, denial, locale);

        var reply = await _kit.SayAsync(user, again, locale);

        reply.Safety.Should().BeTrue();
        reply.Handoff.Should().BeNull();
    }
}
