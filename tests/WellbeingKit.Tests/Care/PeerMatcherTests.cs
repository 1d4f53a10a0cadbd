using WellbeingKit.Care;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Care;

public class PeerMatcherTests
{
    private static readonly PeerSupporter SpanishWork = Peer("ana", ["es"], ["work"]);
    private static readonly PeerSupporter EnglishWork = Peer("ben", ["en"], ["work", "stress"]);
    private static readonly PeerSupporter EnglishGrief = Peer("cal", ["en-GB"], ["grief"]);

    [Fact]
    public void The_users_language_comes_before_a_shared_topic()
    {
        var match = PeerMatcher.Match(Request("es", ["grief"]), [EnglishGrief, SpanishWork]);

        match.Outcome.Should().Be(PeerMatchOutcome.Matched);
        match.Supporter.Should().Be(SpanishWork);
        match.Reasons.Should().Contain("language");
    }

    [Fact]
    public void Among_supporters_who_speak_the_language_a_shared_topic_decides()
    {
        var match = PeerMatcher.Match(Request("en", ["grief"]), [EnglishWork, EnglishGrief]);

        match.Supporter.Should().Be(EnglishGrief);
        match.Reasons.Should().Equal("language", "topic:grief");
    }

    [Fact]
    public void Shared_lived_experience_breaks_a_tie_on_language_and_topic()
    {
        var student = Peer("dee", ["en"], ["work"], lived: ["student"]);

        var match = PeerMatcher.Match(Request("en", ["work"], lived: ["student"]), [EnglishWork, student]);

        match.Supporter.Should().Be(student);
    }

    [Fact]
    public void A_supporter_who_is_not_available_is_never_matched()
    {
        var match = PeerMatcher.Match(Request("es", ["work"]), [SpanishWork with { Available = false }]);

        match.Outcome.Should().Be(PeerMatchOutcome.NoneAvailable);
        match.Supporter.Should().BeNull();
    }

    [Theory]
    [InlineData(RiskLevel.High)]
    [InlineData(RiskLevel.Imminent)]
    public void A_user_at_high_or_imminent_risk_is_never_routed_to_a_peer(RiskLevel risk)
    {
        var match = PeerMatcher.Match(Request("en", ["work"]) with { Risk = risk }, [EnglishWork]);

        match.Outcome.Should().Be(PeerMatchOutcome.Counsellor);
        match.Supporter.Should().BeNull();
    }

    [Fact]
    public void A_user_in_a_safety_conversation_is_never_routed_to_a_peer()
    {
        var match = PeerMatcher.Match(Request("en", ["work"]) with { Risk = RiskLevel.Low, InSafetyConversation = true }, [EnglishWork]);

        match.Outcome.Should().Be(PeerMatchOutcome.Counsellor);
    }

    [Fact]
    public void A_user_at_moderate_risk_outside_a_safety_conversation_can_see_a_peer()
    {
        PeerMatcher.Match(Request("en", []) with { Risk = RiskLevel.Moderate }, [EnglishWork]).Outcome.Should().Be(PeerMatchOutcome.Matched);
    }

    private static PeerMatchRequest Request(string locale, IReadOnlyList<string> topics, IReadOnlyList<string>? lived = null) =>
        new(locale, topics, lived ?? [], RiskLevel.None, InSafetyConversation: false);

    private static PeerSupporter Peer(string id, IReadOnlyList<string> languages, IReadOnlyList<string> topics, IReadOnlyList<string>? lived = null) => new()
    {
        Id = id,
        DisplayName = id,
        Languages = languages,
        Topics = topics,
        LivedExperience = lived ?? [],
        Available = true,
    };
}
