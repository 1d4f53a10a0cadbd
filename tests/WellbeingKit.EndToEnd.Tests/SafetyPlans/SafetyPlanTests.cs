using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Safety;
using WellbeingKit.UserData;

namespace WellbeingKit.EndToEnd.Tests.SafetyPlans;

/// <summary>
/// The safety plan with the default pack, as a user meets it: built with the flow, shown with "my safety plan", changed a
/// section at a time, exported and erased, in every pack locale.
/// </summary>
public sealed class SafetyPlanTests : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IWellbeingKit _kit;
    private readonly IUserDataStore _data;

    public SafetyPlanTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();

        // Generous time-outs: a detector time-out counts as a crisis, and this machine is shared.
        services.AddWellbeingKit(o =>
        {
            o.DetectorTimeout = TimeSpan.FromSeconds(30);
            o.StoreTimeout = TimeSpan.FromSeconds(30);
        }).UseDefaultContent();
        _provider = services.BuildServiceProvider();
        _kit = _provider.GetRequiredService<IWellbeingKit>();
        _data = _provider.GetRequiredService<IUserDataStore>();
    }

    public void Dispose() => _provider.Dispose();

    /// <summary>Per locale: "my safety plan", the skip word, and an answer for each of the seven steps (the fifth skipped).</summary>
    public static TheoryData<string, string, string, string[]> Locales => new()
    {
        { "en", "my safety plan", "skip", ["not sleeping, staying in bed", "a walk; music", "the park", "Ana", "skip", "stay with friends", "my kids, my garden"] },
        { "es", "mi plan de seguridad", "saltar", ["no dormir, quedarme en la cama", "caminar; música", "el parque", "Ana", "saltar", "quedarme con amigos", "mis hijos, mi jardín"] },
        { "fr", "mon plan de sécurité", "passer", ["ne plus dormir, rester au lit", "marcher; musique", "le parc", "Ana", "passer", "rester avec des amis", "mes enfants, mon jardin"] },
        { "ar", "خطة الأمان", "تخطي", ["قلة النوم، البقاء في السرير", "المشي؛ الموسيقى", "الحديقة", "سارة", "تخطي", "البقاء مع الأصدقاء", "أطفالي، حديقتي"] },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_safety_plan_is_built_with_the_flow_and_shown_at_the_end(string locale, string show, string skip, string[] answers)
    {
        var user = "build-" + locale;
        var first = await Say(user, locale, show);
        first.FlowId.Should().Be("safety-plan", "with no plan yet, asking for it starts the flow that builds it");
        first.QuickReplies.Select(q => q.Value).Should().StartWith("all");

        await Say(user, locale, "all");
        Reply last = null!;
        foreach (var answer in answers)
        {
            last = await Say(user, locale, answer);
        }

        last.SafetyPlan.Should().NotBeNull();
        last.SafetyPlan!.Title.Should().Be(BuiltInTexts.Get("safety_plan.title", locale));
        var sections = last.SafetyPlan.Sections.ToDictionary(s => s.Key, s => s.Items);
        sections[SafetyPlanSections.WarningSigns].Should().HaveCount(2);
        sections[SafetyPlanSections.CopingAlone].Should().HaveCount(2);
        sections[SafetyPlanSections.Distractions].Should().Equal(answers[2]);
        sections[SafetyPlanSections.PeopleToAsk].Should().Equal(answers[3]);
        sections[SafetyPlanSections.SaferSurroundings].Should().Equal(answers[5]);
        sections[SafetyPlanSections.ReasonsForLiving].Should().HaveCount(2);
        sections.Values.SelectMany(i => i).Should().NotContain(skip);
        last.Messages.Should().Contain(m => m.Kind == ReplyKind.SafetyPlan && m.Text.Contains(answers[3]));
        last.Risk.Level.Should().Be(Risk.RiskLevel.None);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task My_safety_plan_shows_the_plan_as_text_and_as_a_card_at_any_time(string locale, string show, string skip, string[] answers)
    {
        var user = "show-" + locale;
        await BuildAsync(user, locale, show, answers);
        await Say(user, locale, "menu");

        var reply = await Say(user, locale, show);

        reply.SafetyPlan!.Sections.Select(s => s.Key).Should().Contain(SafetyPlanSections.PeopleToAsk);
        var reason = answers[6].Split([',', '،'])[0].Trim();
        reply.Messages.Where(m => m.Kind == ReplyKind.SafetyPlan).Select(m => m.Text).Should().Contain(t => t.Contains(reason));
        reply.FlowId.Should().Be("menu", "the menu question is still waiting");
        reply.QuickReplies.Select(q => q.Value).Should().Contain("checkin", "the waiting question comes again");
        reply.Safety.Should().BeFalse();
        skip.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_safety_plan_is_exported_and_erased_with_the_users_data(string locale, string show, string skip, string[] answers)
    {
        var user = "erase-" + locale;
        await BuildAsync(user, locale, show, answers);

        var export = await _data.ExportAsync(user);
        export.SafetyPlan!.Sections[SafetyPlanSections.PeopleToAsk].Should().Equal(answers[3]);
        export.SafetyPlan.Sections.Should().NotContainKey(SafetyPlanSections.Professionals, "the step was skipped and the helplines are added only when shown");

        await _data.EraseAsync(user);

        (await _data.ExportAsync(user)).SafetyPlan.Should().BeNull();
        var after = await Say(user, locale, show);
        after.SafetyPlan.Should().BeNull();
        after.FlowId.Should().Be("safety-plan", "the plan is gone, so asking for it offers to build one again");
        skip.Should().NotBeEmpty();
    }

    [Fact]
    public async Task One_section_is_changed_later_and_the_others_are_kept()
    {
        await BuildAsync("edit", "en", "my safety plan", ["not sleeping", "a walk", "the park", "Ana", "skip", "stay with friends", "my kids"]);

        var choose = await Say("edit", "en", "change my safety plan");
        choose.FlowId.Should().Be("safety-plan");
        await Say("edit", "en", "people_to_ask");
        var shown = await Say("edit", "en", "Ana, Sam");

        var sections = shown.SafetyPlan!.Sections.ToDictionary(s => s.Key, s => s.Items);
        sections[SafetyPlanSections.PeopleToAsk].Should().Equal("Ana", "Sam");
        sections[SafetyPlanSections.WarningSigns].Should().Equal("not sleeping");
        sections[SafetyPlanSections.ReasonsForLiving].Should().Equal("my kids");
        (await _data.ExportAsync("edit")).SafetyPlan!.Sections[SafetyPlanSections.PeopleToAsk].Should().Equal("Ana", "Sam");
    }

    [Fact]
    public async Task The_helplines_of_the_users_country_close_the_professionals_section()
    {
        await BuildAsync("gb", "en", "my safety plan", ["not sleeping", "a walk", "the park", "Ana", "my GP", "stay with friends", "my kids"], country: "GB");

        var reply = await Say("gb", "en", "my safety plan", country: "GB");

        var professionals = reply.SafetyPlan!.Sections.Single(s => s.Key == SafetyPlanSections.Professionals).Items;
        professionals[0].Should().Be("my GP");
        professionals.Should().Contain(i => i.Contains("116 123"));
    }

    [Fact]
    public async Task The_safety_conversation_offers_a_safety_plan_once_the_person_is_safe()
    {
        await Say("crisis", "en", "I want to die", country: "GB");
        await Say("crisis", "en", "no");
        var offer = await Say("crisis", "en", "no thanks");
        offer.Messages.Should().Contain(m => m.Text.Contains("safety plan"));

        var started = await Say("crisis", "en", "yes");

        started.FlowId.Should().Be("safety-plan");
        started.Helplines.Should().NotBeEmpty("help stays one tap away while the plan is made");
    }

    [Fact]
    public async Task My_safety_plan_during_a_safety_conversation_shows_it_and_offers_the_answers_again()
    {
        await BuildAsync("during", "en", "my safety plan", ["not sleeping", "a walk", "the park", "Ana", "skip", "stay with friends", "my kids"]);
        var crisis = await Say("during", "en", "I want to die", country: "GB");

        var reply = await Say("during", "en", "my safety plan", country: "GB");

        reply.SafetyPlan!.Sections.Should().Contain(s => s.Key == SafetyPlanSections.PeopleToAsk);
        reply.Safety.Should().BeTrue();
        reply.State.Should().Be(crisis.State, "the safety question still waits");
        reply.QuickReplies.Select(q => q.Value).Should().Contain(crisis.QuickReplies.Select(q => q.Value));
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task My_safety_plan_read_as_a_crisis_shows_the_plan_with_the_helplines_and_records_the_escalation()
    {
        using var provider = KitFlaggingPlanRequests();
        var kit = provider.GetRequiredService<IWellbeingKit>();
        await BuildAsync(kit, "flagged", "en", "menu", ["not sleeping", "a walk", "the park", "Ana", "skip", "stay with friends", "my kids"], "GB", "safety-plan");

        var reply = await kit.HandleAsync(new UserMessage("flagged", "my safety plan") { Locale = "en", Country = "GB" });

        reply.Risk.Level.Should().Be(Risk.RiskLevel.High);
        reply.SafetyPlan!.Sections.Should().Contain(s => s.Key == SafetyPlanSections.PeopleToAsk);
        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("116 123"));
        reply.Helplines.Should().NotBeEmpty();
        reply.QuickReplies.Select(q => q.Value).Should().Contain("help");
        var export = await provider.GetRequiredService<IUserDataStore>().ExportAsync("flagged");
        export.Audit.Should().ContainSingle(e => e.Kind == Privacy.AuditEventKind.Escalation && e.Level == Risk.RiskLevel.High);
    }

    [Fact]
    public async Task My_safety_plan_read_as_a_crisis_without_a_plan_gets_the_safety_flow()
    {
        using var provider = KitFlaggingPlanRequests();

        var reply = await provider.GetRequiredService<IWellbeingKit>().HandleAsync(new UserMessage("flagged-none", "my safety plan") { Locale = "en", Country = "GB" });

        reply.Safety.Should().BeTrue();
        reply.SafetyPlan.Should().BeNull();
        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("116 123"));
    }

    private static ServiceProvider KitFlaggingPlanRequests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit(o => o.DetectorTimeout = TimeSpan.FromSeconds(30)).UseDefaultContent().AddRiskDetector(new FlagsPlanRequests());
        return services.BuildServiceProvider();
    }

    private static async Task BuildAsync(IWellbeingKit kit, string user, string locale, string start, string[] answers, string? country, params string[] then)
    {
        foreach (var text in new[] { start }.Concat(then).Append("all").Concat(answers))
        {
            await kit.HandleAsync(new UserMessage(user, text) { Locale = locale, Country = country });
        }
    }

    /// <summary>A classifier that reads "my safety plan" as a crisis (as a model trained on "plan" may).</summary>
    private sealed class FlagsPlanRequests : Risk.IRiskDetector
    {
        public string Name => "flags-plan-requests";

        public ValueTask<Risk.RiskAssessment> AssessAsync(Risk.RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(string.Equals(request.Text, "my safety plan", StringComparison.OrdinalIgnoreCase)
                ? new Risk.RiskAssessment { Level = Risk.RiskLevel.High, Categories = [Risk.RiskCategory.SuicidalIdeation], Score = 0.9, Detector = Name }
                : Risk.RiskAssessment.None);
    }

    private async Task BuildAsync(string user, string locale, string show, string[] answers, string? country = null)
    {
        await Say(user, locale, show, country);
        await Say(user, locale, "all", country);
        foreach (var answer in answers)
        {
            await Say(user, locale, answer, country);
        }
    }

    private Task<Reply> Say(string user, string locale, string text, string? country = null) =>
        _kit.HandleAsync(new UserMessage(user, text) { Locale = locale, Country = country });
}
