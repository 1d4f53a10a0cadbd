using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WellbeingKit.Care;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Tests.Care;

/// <summary>Scheduled check-ins when the content pack fails to load or has no check-in flow: they fail safe.</summary>
public sealed class CheckInFailSafeTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ContentPack DefaultPack = ContentPackLoader.LoadDefault();

    private readonly SwitchableContent _content = new(DefaultPack);
    private readonly ListSink _logs = new();
    private readonly CareTestKit _kit;

    public CheckInFailSafeTests()
    {
        _kit = new CareTestKit(
            Start,
            configure: b => b.Services.Replace(ServiceDescriptor.Singleton<IContentSource>(_content)),
            services: s => s.AddLogging(b => b.AddProvider(_logs)));
    }

    [Fact]
    public async Task A_check_in_due_while_the_pack_fails_to_load_is_sent_with_the_built_in_texts()
    {
        await OptInAt9Async();
        _content.Fails = true;

        _kit.Time.Advance(TimeSpan.FromHours(9));
        (await _kit.Scheduler.RunOnceAsync()).Should().Be(1);

        var checkIn = _kit.Channel.Sent.Single().Message;
        checkIn.Messages[0].Text.Should().StartWith("Hi, it's");
        checkIn.QuickReplies.Select(q => q.Value).Should().Contain(CareValues.Later);
    }

    [Fact]
    public async Task A_pack_that_fails_to_load_at_check_in_time_is_logged_as_a_warning_naming_the_failure()
    {
        await CheckInWhileThePackFailsAsync();

        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning
            && e.Message.Contains("content pack could not be loaded", StringComparison.Ordinal)
            && e.Message.Contains("pack.yaml:1:1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_in_sent_while_the_pack_fails_to_load_is_not_sent_again_when_its_claim_runs_out()
    {
        await CheckInWhileThePackFailsAsync();

        for (var minute = 0; minute < 60; minute++)
        {
            _kit.Time.Advance(TimeSpan.FromMinutes(1));
            await _kit.Scheduler.RunOnceAsync();
        }

        _kit.Channel.Sent.Should().ContainSingle();
    }

    [Fact]
    public async Task The_check_in_preferences_survive_a_check_in_sent_while_the_pack_fails_to_load()
    {
        await CheckInWhileThePackFailsAsync();

        _content.Fails = false;
        _kit.Time.Advance(TimeSpan.FromDays(1));
        await _kit.Scheduler.RunOnceAsync();

        _kit.Channel.Sent.Select(s => s.Message.DueAt).Should().Equal(Start.AddHours(9), Start.AddDays(1).AddHours(9));
    }

    [Fact]
    public async Task A_crisis_answer_to_a_check_in_while_the_pack_fails_to_load_gets_the_helplines()
    {
        await CheckInWhileThePackFailsAsync();

        var reply = await _kit.Say("u", "I want to kill myself");

        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Progress_asked_for_while_the_pack_fails_to_load_is_still_given()
    {
        await OptInAt9Async();
        _content.Fails = true;

        var insights = await _kit.Care.GetInsightsAsync("u");

        insights.UserId.Should().Be("u");
    }

    [Fact]
    public async Task The_check_in_choice_of_a_pack_without_a_check_in_flow_is_answered_by_the_kit()
    {
        await OptInAt9Async();
        _content.Pack = DefaultPack with { Flows = DefaultPack.Flows.Where(f => f.Value.Kind != FlowKind.Checkin).ToDictionary() };
        _kit.Time.Advance(TimeSpan.FromHours(9));
        await _kit.Scheduler.RunOnceAsync();
        var go = _kit.Channel.Sent.Single().Message.QuickReplies[0].Value;

        var reply = await _kit.Say("u", go);

        reply.Messages.Should().NotBeEmpty();
    }

    public void Dispose()
    {
        _kit.Dispose();
        _logs.Dispose();
    }

    /// <summary>The user opts in to check-ins at 9:00, the pack starts failing, and the scheduler runs at 9:00.</summary>
    private async Task CheckInWhileThePackFailsAsync()
    {
        await OptInAt9Async();
        _content.Fails = true;
        _kit.Time.Advance(TimeSpan.FromHours(9));
        await _kit.Scheduler.RunOnceAsync();
    }

    private async Task OptInAt9Async() =>
        (await _kit.Say("u", "start check-ins at 9", "en", "UTC")).Messages[0].Text.Should().NotBeEmpty();

    /// <summary>A content source that can start failing, or serve another pack.</summary>
    private sealed class SwitchableContent(ContentPack pack) : IContentSource
    {
        public bool Fails { get; set; }

        public ContentPack Pack { get; set; } = pack;

        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) =>
            Fails ? throw new ContentValidationException([new ContentProblem("pack.yaml", 1, 1, "broken")]) : ValueTask.FromResult(Pack);
    }
}
