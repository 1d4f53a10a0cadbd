using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

public sealed class SafeMessagingLintTests
{
    [Theory]
    [InlineData("He committed suicide last year.", nameof(SafeMessagingRule.StigmatisingLanguage))]
    [InlineData("It was a failed attempt.", nameof(SafeMessagingRule.StigmatisingLanguage))]
    [InlineData("There is a suicide epidemic.", nameof(SafeMessagingRule.StigmatisingLanguage))]
    [InlineData("Don't worry, I won't tell anyone.", nameof(SafeMessagingRule.PromiseOfSecrecy))]
    [InlineData("It sounds like you have depression.", nameof(SafeMessagingRule.Diagnosis))]
    [InlineData("You are depressed.", nameof(SafeMessagingRule.Diagnosis))]
    [InlineData("Taking 40 pills would be dangerous.", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("People who jump off a bridge...", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("Never cut deeper.", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("The lethality of it.", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("Cometió suicidio.", nameof(SafeMessagingRule.StigmatisingLanguage))]
    [InlineData("Tranquilo, no se lo diré a nadie.", nameof(SafeMessagingRule.PromiseOfSecrecy))]
    [InlineData("Creo que tienes depresión.", nameof(SafeMessagingRule.Diagnosis))]
    [InlineData("Estás deprimida.", nameof(SafeMessagingRule.Diagnosis))]
    [InlineData("Una dosis letal.", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("Il a commis un suicide.", nameof(SafeMessagingRule.StigmatisingLanguage))]
    [InlineData("Je ne dirai rien à personne.", nameof(SafeMessagingRule.PromiseOfSecrecy))]
    [InlineData("Tu es déprimé.", nameof(SafeMessagingRule.Diagnosis))]
    [InlineData("Sauter d'un pont.", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("لن أخبر أحدًا بذلك", nameof(SafeMessagingRule.PromiseOfSecrecy))]
    [InlineData("أنت مكتئب", nameof(SafeMessagingRule.Diagnosis))]
    [InlineData("جرعة قاتلة", nameof(SafeMessagingRule.MethodDetail))]
    [InlineData("محاولة فاشلة", nameof(SafeMessagingRule.StigmatisingLanguage))]
    public void Unsafe_phrases_are_found_in_every_language(string text, string rule) =>
        SafeMessagingLint.CheckText(text).Should().Contain(f => f.Rule.ToString() == rule);

    [Theory]
    [InlineData("I'm really sorry you're going through this. You deserve support right now.")]
    [InlineData("If you are in immediate danger, please call your local emergency number now.")]
    [InlineData("Do jumping jacks for one minute, then hang up your coat.")]
    [InlineData("Have you been hanging out with friends lately?")]
    [InlineData("Thoughts that you would be better off dead, or of hurting yourself in some way")]
    [InlineData("This is not a diagnosis; it can help you talk with a professional.")]
    [InlineData("¿Estás a salvo ahora mismo?")]
    [InlineData("Es-tu en sécurité en ce moment ?")]
    [InlineData("هل أنت في أمان الآن؟")]
    public void Supportive_text_passes(string text) => SafeMessagingLint.CheckText(text).Should().BeEmpty();

    [Fact]
    public void The_built_in_texts_pass_the_lint()
    {
        foreach (var locale in BuiltInTexts.Locales)
        {
            foreach (var key in BuiltInTexts.Keys)
            {
                SafeMessagingLint.CheckText(BuiltInTexts.Get(key, locale)!).Should().BeEmpty($"{locale} {key}");
            }
        }
    }

    [Fact]
    public void A_pack_finding_names_the_file_the_key_and_the_phrase()
    {
        var pack = FixturePack.Create() with
        {
            Messages = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["fr"] = new Dictionary<string, string> { ["safety.intro"] = "Ça reste entre nous." },
            },
        };
        var finding = SafeMessagingLint.Check(pack).Should().ContainSingle().Subject;
        finding.Path.Should().Be("messages/fr.yaml");
        finding.Key.Should().Be("safety.intro");
        finding.Phrase.Should().Be("ca reste entre nous");
        finding.ToString().Should().StartWith("messages/fr.yaml: safety.intro: \"ca reste entre nous\"");
    }

    [Fact]
    public void The_fixture_pack_passes() => SafeMessagingLint.Check(FixturePack.Create()).Should().BeEmpty();
}
