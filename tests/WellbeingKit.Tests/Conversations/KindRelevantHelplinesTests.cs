using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Runtime;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

/// <summary>
/// The helplines a crisis reply lists fit the crisis kind (<see cref="HelplineText.For"/>): the child line first for abuse of
/// a child, the domestic-violence line first for violence, the crisis line and the emergency number for thoughts of suicide,
/// self-harm and imminent danger; the emergency number always; never a line for another group.
/// </summary>
public sealed class KindRelevantHelplinesTests
{
    /// <summary>A crisis message of each kind, per locale (the default pack's lexicon screens each as that kind).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Messages = new()
    {
        [CrisisKinds.SuicidalIdeation] = new() { ["en"] = "I want to die", ["es"] = "ya no quiero vivir", ["fr"] = "je veux mourir", ["ar"] = "أريد أن أموت" },
        [CrisisKinds.Imminent] = new() { ["en"] = "I'm going to kill myself tonight", ["es"] = "esta noche me mato", ["fr"] = "ce soir je me tue", ["ar"] = "الليلة سأنتحر" },
        [CrisisKinds.SelfHarm] = new() { ["en"] = "I keep wanting to hurt myself", ["es"] = "quiero hacerme daño", ["fr"] = "j'ai envie de me faire du mal", ["ar"] = "أريد أن أؤذي نفسي" },
        [CrisisKinds.ChildAbuse] = new() { ["en"] = "my dad hits me", ["es"] = "mi padre me pega", ["fr"] = "mon père me frappe", ["ar"] = "أبي يضربني" },
        [CrisisKinds.Violence] = new() { ["en"] = "my husband hits me", ["es"] = "mi marido me pega", ["fr"] = "mon mari me frappe", ["ar"] = "زوجي يضربني" },
    };

    /// <summary>Per country: the general crisis line, the emergency number, the child line and the domestic-violence line (null: none listed).</summary>
    private static readonly Dictionary<string, (string Crisis, string Emergency, string Child, string? Violence)> Lines = new()
    {
        ["GB"] = ("116 123", "999", "0800 1111", "0808 2000 247"),
        ["ES"] = ("024", "112", "116 111", "016"),
        ["FR"] = ("3114", "112", "119", "3919"),
        ["EG"] = ("16328", "123", "16000", null),
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in Messages.Keys)
        {
            foreach (var locale in new[] { "en", "es", "fr", "ar" })
            {
                foreach (var country in Lines.Keys)
                {
                    data.Add(kind, locale, country);
                }
            }
        }

        return data;
    }

    private static TestKit Kit() => TestKit.OnDefaultPack();

    private static async Task<Reply> CrisisReply(string kind, string locale, string country)
    {
        using var kit = Kit();
        var reply = await kit.Say(Messages[kind][locale], locale: locale, country: country);
        reply.Safety.Should().BeTrue("'{0}' is a crisis message", Messages[kind][locale]);
        return reply;
    }

    private static List<string?> Phones(Reply reply) => [.. reply.Helplines.Where(h => h.Country != Helpline.International).Select(h => h.Phone)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_crisis_reply_lists_the_lines_of_its_kind_with_the_emergency_number_and_no_line_for_another_group(string kind, string locale, string country)
    {
        var reply = await CrisisReply(kind, locale, country);
        var (crisis, emergency, child, violence) = Lines[country];

        var phones = Phones(reply);

        phones.Should().Contain(emergency).And.Contain(crisis);
        var first = kind switch
        {
            CrisisKinds.ChildAbuse => child,
            CrisisKinds.Violence => violence ?? crisis,
            CrisisKinds.Imminent => emergency,
            _ => crisis,
        };
        phones[0].Should().Be(first);
        if (kind != CrisisKinds.ChildAbuse)
        {
            phones.Should().NotContain(child);
        }

        if (kind != CrisisKinds.Violence && violence is not null)
        {
            phones.Should().NotContain(violence);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_helpline_text_of_a_crisis_reply_names_the_same_lines_as_its_helplines(string kind, string locale, string country)
    {
        var reply = await CrisisReply(kind, locale, country);

        var texts = reply.Messages.Where(m => m.Kind == ReplyKind.Helplines).Select(m => m.Text).ToList();

        texts.Should().HaveCount(reply.Helplines.Count);
        texts.Zip(reply.Helplines).Should().OnlyContain(pair => pair.First.StartsWith(pair.Second.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task Replies_after_a_suicidal_thought_keep_the_crisis_lines_without_the_child_line(string locale)
    {
        using var kit = Kit();
        await kit.Say(Messages[CrisisKinds.SuicidalIdeation][locale], locale: locale, country: "GB");

        var reply = await kit.Say("ok", locale: locale, country: "GB");

        Phones(reply).Should().Contain("116 123").And.Contain("999").And.NotContain("0800 1111").And.NotContain("0808 2000 247");
    }

    [Fact]
    public void A_country_with_no_general_crisis_line_keeps_every_line_for_a_suicidal_thought()
    {
        var pack = TestKit.DefaultPack with
        {
            Helplines =
            [
                new Helpline { Country = "ZZ", Name = "Emergency", Phone = "911", Topics = ["emergency"], Source = "test" },
                new Helpline { Country = "ZZ", Name = "Child line", Phone = "116 111", Topics = ["child-abuse", "children", "youth"], Source = "test" },
            ],
        };

        var lines = HelplineText.For(pack, "ZZ", HelplineText.TopicsFor(CrisisKinds.SuicidalIdeation));

        lines.Select(l => l.Phone).Should().Equal("911", "116 111");
    }

    [Fact]
    public void A_country_with_no_line_gets_the_international_directory_whatever_the_kind()
    {
        var pack = TestKit.DefaultPack with { Helplines = [] };

        var lines = HelplineText.For(pack, "ZZ", HelplineText.TopicsFor(CrisisKinds.ChildAbuse));

        lines.Should().ContainSingle().Which.Should().Be(BuiltInFlows.InternationalDirectory);
    }

    [Fact]
    public void Without_a_crisis_every_line_of_the_country_is_listed_in_the_packs_order()
    {
        var lines = HelplineText.For(TestKit.DefaultPack, "GB");

        lines.Select(l => l.Phone).Should().StartWith(["116 123", "999", "0800 1111", "0808 2000 247"]);
    }

    [Theory]
    [InlineData(CrisisKinds.SuicidalIdeation, "116 123")]
    [InlineData(CrisisKinds.Imminent, "999")]
    [InlineData(CrisisKinds.SelfHarm, "116 123")]
    [InlineData(CrisisKinds.ChildAbuse, "0800 1111")]
    [InlineData(CrisisKinds.Violence, "0808 2000 247")]
    public async Task The_safety_plan_lists_the_line_of_the_conversations_crisis_kind_first_among_its_professionals(string kind, string first)
    {
        using var kit = Kit();
        await kit.Services.GetRequiredService<ISafetyPlanStore>().SetSafetyPlanSectionAsync("u1", SafetyPlanSections.WarningSigns, ["I stop sleeping"], kit.Time.GetUtcNow(), CancellationToken.None);
        await kit.Say(Messages[kind]["en"], locale: "en", country: "GB");

        var reply = await kit.Say("my safety plan", locale: "en", country: "GB");

        var professionals = reply.SafetyPlan!.Sections.Single(s => s.Key == SafetyPlanSections.Professionals);
        professionals.Items[0].Should().EndWith("☎ " + first);
    }
}
