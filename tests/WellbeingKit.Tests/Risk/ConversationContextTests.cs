using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// Issue 16, point 7: the composite screening reads the conversation. A method or means question after a loss or distress
/// in the last three messages is High; alone, a neutral one stays below the escalation threshold; ML signals count toward
/// sustained distress. The default pack's lexicons, and a scripted stand-in for the ML model.
/// </summary>
public sealed class ConversationContextTests
{
    [Theory]
    [InlineData("en", "my dad died last week", "how tall is the bridge on the river road")]
    [InlineData("es", "mi padre murió la semana pasada", "qué altura tiene el puente del río")]
    [InlineData("fr", "mon père est mort la semaine dernière", "quelle est la hauteur du pont sur la rivière")]
    [InlineData("ar", "أبوي توفى الأسبوع الماضي", "كم ارتفاع البرج اللي بالمدينة")]
    public async Task A_height_question_after_a_loss_is_high(string locale, string loss, string question)
    {
        var result = await Screen(question, locale, loss);

        result.Level.Should().Be(RiskLevel.High);
        result.Evidence.Should().Contain(e => e.RuleId == "conversation.method-after-distress");
    }

    [Theory]
    [InlineData("en", "i lost my job today", "how many tylenol would someone need to take")]
    [InlineData("es", "hoy me despidieron del trabajo", "cuántos comprimidos de paracetamol hacen falta")]
    [InlineData("fr", "j'ai été licencié aujourd'hui", "combien de comprimés de doliprane il faut prendre")]
    [InlineData("ar", "انطردت من شغلي اليوم", "قديش حبة بنادول لازم الواحد ياخد")]
    public async Task A_dose_question_after_a_loss_is_high(string locale, string loss, string question)
    {
        var result = await Screen(question, locale, loss);

        result.Level.Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("en", "everything feels pointless since the breakup", "whats the tallest building you can get on the roof of")]
    [InlineData("es", "me siento vacía y desesperada", "cuál es el edificio más alto con acceso a la azotea")]
    [InlineData("fr", "je me sens un poids pour tout le monde", "quel est l'immeuble le plus haut avec accès au toit")]
    [InlineData("ar", "حاسس حالي يائس ووحيد", "شو أعلى عمارة بالمدينة فيها طلوع عالسطح")]
    public async Task A_height_question_after_distress_is_high(string locale, string distress, string question)
    {
        var result = await Screen(question, locale, distress);

        result.Level.Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("en", "how tall is the golden gate bridge")]
    [InlineData("es", "cuánto mide la torre más alta de Madrid")]
    [InlineData("fr", "quelle est la hauteur de la tour Eiffel")]
    [InlineData("ar", "كم ارتفاع برج خليفة")]
    public async Task A_height_question_alone_stays_below_the_escalation_threshold(string locale, string question)
    {
        var result = await Screen(question, locale);

        result.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Theory]
    [InlineData("en", "we are visiting san francisco next week", "how tall is the golden gate bridge")]
    [InlineData("es", "vamos a viajar a Madrid", "cuánto mide la torre más alta de Madrid")]
    [InlineData("fr", "on visite Paris ce week-end", "quelle est la hauteur de la tour Eiffel")]
    [InlineData("ar", "رح نزور دبي الشهر الجاي", "كم ارتفاع برج خليفة")]
    public async Task A_height_question_after_travel_plans_stays_below_the_escalation_threshold(string locale, string plans, string question)
    {
        var result = await Screen(question, locale, plans);

        result.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Theory]
    [InlineData("en", "how many of my sleeping pills would it take to not wake up")]
    [InlineData("es", "cuántas pastillas harían falta para no despertar")]
    [InlineData("fr", "combien de cachets il faut pour ne pas me réveiller")]
    [InlineData("ar", "كم حبة لازم حتى ما اصحى")]
    public async Task A_method_question_alone_is_at_least_moderate(string locale, string question)
    {
        var result = await Screen(question, locale);

        result.Level.Should().BeOneOf(RiskLevel.Moderate, RiskLevel.High, RiskLevel.Imminent);
    }

    [Theory]
    [InlineData("en", "my dad died last week", "what time does the pharmacy close on sunday")]
    [InlineData("es", "mi madre murió el mes pasado", "a qué hora abre la farmacia")]
    [InlineData("fr", "ma mère est morte le mois dernier", "à quelle heure ferme la pharmacie")]
    [InlineData("ar", "أمي توفيت الشهر الماضي", "متى بتسكر الصيدلية")]
    public async Task An_everyday_question_after_a_loss_is_not_raised(string locale, string loss, string question)
    {
        var result = await Screen(question, locale, loss);

        result.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Fact]
    public async Task A_height_question_with_no_bridge_building_or_cliff_in_its_clause_is_not_a_means_question()
    {
        var result = await Screen("how tall is your brother now", "en", "my dad died last week");

        result.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Fact]
    public async Task A_loss_more_than_three_messages_back_does_not_raise_a_height_question()
    {
        var result = await Screen("how tall is the golden gate bridge", "en", "my dad died last week", "thanks for listening", "we are going to san francisco", "any tips for the trip");

        result.Level.Should().BeOneOf(RiskLevel.None, RiskLevel.Low);
    }

    [Fact]
    public async Task Ml_signals_the_lexicon_misses_count_toward_sustained_distress()
    {
        string[] history = ["i havent left my room in days", "every day feels heavy and grey", "i cant focus on anything", "i stopped answering my friends", "i just lie there", "i dont reply to anyone"];
        var ml = new ScriptedModel([.. history.Select((h, i) => (h, i % 2 == 0 ? RiskLevel.Low : RiskLevel.Moderate))]);

        var result = await Screen(ml, "i feel so empty", "en", history);

        result.Level.Should().Be(RiskLevel.Moderate);
        result.Evidence.Should().Contain(e => e.RuleId == "conversation.sustained-distress");
    }

    [Fact]
    public async Task Ml_signals_on_one_or_two_word_commands_in_the_history_do_not_count_toward_sustained_distress()
    {
        // The story 'suicidal_ideation mid-questionnaire (es, ES)': the denial after the crisis must not start it again.
        var ml = new ScriptedModel(("phq9", RiskLevel.Low), ("ok", RiskLevel.Low), ("olvídalo, me has malinterpretado", RiskLevel.Low));

        var result = await Screen(ml, "olvídalo, me has malinterpretado", "es", "phq9", "ok", "ya no quiero vivir");

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task Two_moderate_ml_signals_alone_do_not_make_sustained_distress()
    {
        var ml = new ScriptedModel(("my boss keeps emailing me late", RiskLevel.Moderate), ("i keep waking up at 4am", RiskLevel.Moderate));

        var result = await Screen(ml, "im so tired this week", "en", "my boss keeps emailing me late", "i keep waking up at 4am");

        result.Level.Should().Be(RiskLevel.Low);
    }

    [Fact]
    public async Task High_ml_signals_in_the_history_count_as_serious_distress()
    {
        var ml = new ScriptedModel(("i havent left my room in days", RiskLevel.High), ("every day feels heavy and grey", RiskLevel.High));

        var result = await Screen(ml, "i feel so empty", "en", "i havent left my room in days", "every day feels heavy and grey");

        result.Level.Should().Be(RiskLevel.High);
    }

    [Fact]
    public async Task Seven_messages_of_low_distress_in_a_row_are_moderate()
    {
        var result = await Screen("i feel so empty", "en", "everything is pointless", "i feel hopeless", "nothing matters anymore", "i feel so alone", "i am exhausted", "i feel worthless");

        result.Level.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public async Task A_calm_message_is_never_raised_by_a_distressed_history()
    {
        var result = await Screen("what time is it", "en", "i want to die", "i am a burden to everyone", "nothing matters anymore");

        result.Level.Should().Be(RiskLevel.None);
    }

    private static Task<RiskAssessment> Screen(string text, string locale, params string[] history) =>
        Screen(new ScriptedModel(), text, locale, history);

    private static async Task<RiskAssessment> Screen(ScriptedModel ml, string text, string locale, params string[] history)
    {
        var screener = new RiskScreener([RiskCases.Detector, ml], Options.Create(new WellbeingKitOptions()), NullLogger<RiskScreener>.Instance);
        return await screener.AssessAsync(new RiskScreeningRequest(text) { Locale = locale, History = history });
    }

    /// <summary>A stand-in for the ML model (a kit detector): the level scripted for a text, None otherwise.</summary>
    private sealed class ScriptedModel(params (string Text, RiskLevel Level)[] script) : IBoundedRiskDetector
    {
        public string Name => "ml";

        public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Assess(request));

        public bool TryAssess(RiskScreeningRequest request, [NotNullWhen(true)] out RiskAssessment? assessment)
        {
            assessment = Assess(request);
            return true;
        }

        private RiskAssessment Assess(RiskScreeningRequest request)
        {
            var level = script.Where(s => s.Text == request.Text).Select(s => s.Level).FirstOrDefault();
            return level == RiskLevel.None
                ? new RiskAssessment { Detector = Name }
                : new RiskAssessment { Level = level, Score = 0.5, Categories = [RiskCategory.SuicidalIdeation], Detector = Name };
        }
    }
}
