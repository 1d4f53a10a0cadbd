using WellbeingKit.Content;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// Issue 16, point 4: a lexicon phrase written once with a verb marker (<c>&lt;morir&gt;</c>) or a group (<c>(a|b)</c>)
/// stands for its inflections, expanded when the lexicon is compiled.
/// </summary>
public sealed class PhraseFormsTests
{
    private static LexiconRiskDetector Detector(string locale, params string[] phrases) =>
        LexiconRiskDetector.Create([new LexiconDefinition
        {
            Locale = locale,
            Patterns = [new LexiconPattern { Id = "si.test", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = phrases }],
        }]);

    private static async Task<RiskLevel> Level(LexiconRiskDetector detector, string text, string locale) =>
        (await detector.AssessAsync(new RiskScreeningRequest(text) { Locale = locale })).Level;

    [Theory]
    [InlineData("ojala me muriera")]
    [InlineData("ojala me muriese")]
    [InlineData("ojala me muera")]
    [InlineData("ojala me moria")]
    public async Task A_spanish_verb_written_once_matches_its_subjunctive_and_imperfect_forms(string text)
    {
        var detector = Detector("es", "ojala me <morir>");

        (await Level(detector, text, "es")).Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("ya he pensado en suicidarme")]
    [InlineData("pensaré en suicidarme")]
    [InlineData("pensaria en suicidarme")]
    [InlineData("pienso en suicidarme")]
    public async Task A_spanish_verb_written_once_matches_its_participle_future_and_conditional(string text)
    {
        var detector = Detector("es", "<pensar> en <suicidar+me:inf>");

        (await Level(detector, text, "es")).Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("quiero matarme")]
    [InlineData("estoy pensando en matándome")]
    [InlineData("me mato hoy")]
    [InlineData("me mataré")]
    public async Task A_spanish_verb_with_a_pronoun_matches_it_enclitic_and_proclitic(string text)
    {
        var detector = Detector("es", "<matar+me>");

        (await Level(detector, text, "es")).Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("je me suis coupée hier")]
    [InlineData("je me coupe encore")]
    [InlineData("j'ai envie de me couper")]
    public async Task A_french_verb_with_a_reflexive_pronoun_matches_its_compound_past_and_infinitive(string text)
    {
        var detector = Detector("fr", "<couper+me>");

        (await Level(detector, text, "fr")).Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData("je veux mourir")]
    [InlineData("je voudrais mourir")]
    [InlineData("je voulais mourir")]
    [InlineData("j'aimerais mourir")]
    public async Task A_french_subject_pronoun_fixes_the_person_and_elides_before_a_vowel(string text)
    {
        var detector = Detector("fr", "je (<vouloir>|<aimer>) mourir");

        (await Level(detector, text, "fr")).Should().Be(RiskLevel.High);
    }

    [Fact]
    public void A_subject_pronoun_keeps_only_the_forms_of_its_person()
    {
        var forms = PhraseForms.Expand("je <vouloir> mourir", "fr");

        forms.Should().Contain(["je veux mourir", "je voudrais mourir", "je voulus mourir", "je veuille mourir"]);
        forms.Should().NotContain(["je veut mourir", "je voulons mourir", "je vouloir mourir"]);
    }

    [Theory]
    [InlineData("she died last year", "died")]
    [InlineData("he keeps dying in the game", "dying")]
    [InlineData("it kills me", "kills")]
    public void An_english_verb_marker_gives_its_s_ed_and_ing_forms(string _, string form)
    {
        var forms = PhraseForms.Expand("<die>", "en").Concat(PhraseForms.Expand("<kill>", "en"));

        forms.Should().Contain(form);
    }

    [Fact]
    public void A_group_with_an_empty_alternative_makes_its_words_optional()
    {
        PhraseForms.Expand("(ya |)no quiero vivir", "es").Should().BeEquivalentTo(["ya no quiero vivir", "no quiero vivir"]);
    }

    [Theory]
    [InlineData("querer", "quiero quieres quiere queremos quieren quise quiso quisieron quisiera quisiese querre querria quiera queriendo querido")]
    [InlineData("morir", "muero mueres muere morimos mueren mori murio murieron muriera muriese morire moriria muera muramos muriendo muerto muerta")]
    [InlineData("poder", "puedo puede podemos pude pudo pudieron pudiera podre podria pueda pudiendo")]
    [InlineData("ser", "soy eres es somos son fui fue fueron era fuera fuese sere seria sea siendo sido")]
    [InlineData("estar", "estoy esta estamos estuve estuvo estuviera estare estaria este estando estado")]
    [InlineData("tener", "tengo tienes tiene tenemos tienen tuve tuvo tuviera tendre tendria tenga teniendo tenido")]
    [InlineData("ir", "voy vas va vamos van fui iba ire iria vaya fuera yendo ido")]
    [InlineData("hacer", "hago hace hice hizo hiciera hare haria haga haciendo hecho haz")]
    [InlineData("seguir", "sigo sigues sigue seguimos siguen segui siguio siguieron siguiera seguire siga sigamos siguiendo seguido")]
    [InlineData("aguantar", "aguanto aguanta aguante aguantaba aguantare aguantaria aguantara aguantando aguantado")]
    [InlineData("ahorcar", "ahorco ahorque ahorco ahorcaria ahorquen")]
    [InlineData("desaparecer", "desaparezco desaparece desaparecio desaparezca desapareciera desaparecido")]
    [InlineData("decir", "digo dice dije dijo dijeron dijera dire diria diga diciendo dicho")]
    public void The_spanish_table_gives_the_forms_of_the_verbs_the_crisis_lexicons_need(string lemma, string expected)
    {
        var forms = SpanishVerbs.Instance.Conjugate(lemma)!.Select(f => f.Text).ToHashSet();

        forms.Should().Contain(expected.Split(' '));
    }

    [Theory]
    [InlineData("mourir", "meurs meurt mourons meurent mourais mourut mourrai mourrais meure mourant mort morte")]
    [InlineData("vouloir", "veux veut voulons veulent voulais voulut voudrai voudrais veuille voulant voulu")]
    [InlineData("pouvoir", "peux peut pouvons peuvent pouvais put pourrai pourrais puisse pouvant pu")]
    [InlineData("etre", "suis es est sommes etes sont etais fus fut serai serais sois soyons etant ete")]
    [InlineData("avoir", "ai as a avons avez ont avais eut aurai aurais aie ait ayant eu")]
    [InlineData("aller", "vais vas va allons vont allais allai alla irai irais aille allant alle")]
    [InlineData("finir", "finis finit finissons finissent finissais finirai finirais finisse finissant fini finie")]
    [InlineData("tuer", "tue tues tuons tuent tuais tuai tua tuerai tuerais tuions tuant tue tuee")]
    [InlineData("partir", "pars part partons partent partais partit partirai partirais parte partant parti")]
    [InlineData("disparaitre", "disparais disparait disparaissons disparaissais disparut disparaitrai disparaitrais disparaisse disparaissant disparu")]
    [InlineData("vendre", "vends vend vendons vendent vendais vendit vendrai vendrais vende vendant vendu")]
    public void The_french_table_gives_the_forms_of_the_verbs_the_crisis_lexicons_need(string lemma, string expected)
    {
        var forms = FrenchVerbs.Instance.Conjugate(lemma)!.Select(f => f.Text).ToHashSet();

        forms.Should().Contain(expected.Split(' '));
    }

    [Theory]
    [InlineData("quiero <muerte>", "es", 8)]
    [InlineData("quiero <morir:futuro>", "es", 8)]
    [InlineData("quiero <morir", "es", 8)]
    [InlineData("(ya no|nunca quiero vivir", "es", 1)]
    [InlineData("ya no) quiero vivir", "es", 6)]
    [InlineData("<matar+moi>", "es", 1)]
    [InlineData("<kill+me>", "en", 1)]
    [InlineData("ich will <sterben>", "de", 10)]
    public void A_bad_marker_is_an_error_that_says_where(string phrase, string language, int character)
    {
        var act = () => PhraseForms.Expand(phrase, language);

        act.Should().Throw<PhraseSyntaxException>().Which.Index.Should().Be(character - 1);
    }

    [Fact]
    public void A_phrase_standing_for_too_many_forms_is_told_to_narrow_its_markers()
    {
        var act = () => PhraseForms.Expand("<querer> <matar+me>", "es");

        act.Should().Throw<PhraseSyntaxException>().WithMessage("*narrow*");
    }

    [Fact]
    public void A_phrase_without_the_syntax_is_kept_as_written()
    {
        PhraseForms.Expand("no quiero vivir*", "es").Should().Equal("no quiero vivir*");
    }

    [Fact]
    public async Task An_english_rule_does_not_fire_inside_a_spanish_word_of_an_expanded_lexicon()
    {
        var detector = LexiconRiskDetector.Create([
            new LexiconDefinition { Locale = "en", Patterns = [new LexiconPattern { Id = "si.die", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Fuzzy = true, Phrases = ["suicide"] }] },
            new LexiconDefinition { Locale = "es", Patterns = [new LexiconPattern { Id = "si.want", Category = RiskCategory.SuicidalIdeation, Level = RiskLevel.High, Phrases = ["no <querer:1s> vivir"] }] },
        ]);

        var result = await detector.AssessAsync(new RiskScreeningRequest("en la novela que leimos el personaje era un suicida y nadie lo sabia"));

        result.Evidence.Should().NotContain(e => e.RuleId.StartsWith("en.", StringComparison.Ordinal));
    }
}
