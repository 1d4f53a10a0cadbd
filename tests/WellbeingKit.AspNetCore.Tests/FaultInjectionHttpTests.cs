using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Conversations;
using WellbeingKit.Emotions;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Storage;
using WellbeingKit.Testing;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>
/// The real engine and default pack behind the HTTP endpoints, with a detector, classifier, hand-off and store that can be
/// told to throw, cancel themselves, hang or block: the crisis message "I want to kill myself" always gets 200 with the safety
/// text and the UK helplines (116 123), and the turns acknowledged with 200 are all kept.
/// </summary>
public sealed class FaultInjectionHttpTests
{
    private const string Crisis = """{"text":"I want to kill myself","country":"GB"}""";

    static FaultInjectionHttpTests() => Faults.AllowBlockedThreads();

    [Theory]
    [MemberData(nameof(Faults.EveryFault), MemberType = typeof(Faults))]
    public async Task A_crisis_message_over_http_gets_the_helplines_whatever_fails_and_no_acknowledged_turn_is_lost(FaultTarget target, FaultKind kind)
    {
        using var faults = new Faults();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await FaultyHost(faults, time);
        using var client = host.Client("alice");
        (await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hello","country":"GB"}"""))).EnsureSuccessStatusCode();
        if (target == FaultTarget.Handoff)
        {
            (await client.PostAsync("/wellbeing/messages", KitHost.Json(Crisis))).EnsureSuccessStatusCode();
        }

        faults[target] = kind;
        var body = target == FaultTarget.Handoff ? """{"text":"handoff","country":"GB"}""" : Crisis;
        using var response = await Faults.WhileTimePasses(time, client.PostAsync("/wellbeing/messages", KitHost.Json(body)));
        faults.Clear();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        reply.GetProperty("safety").GetBoolean().Should().BeTrue();
        reply.GetProperty("helplines").EnumerateArray().Select(h => h.GetProperty("phone").GetString()).Should().Contain("116 123");
        faults.Injected.Should().BeGreaterThan(0);
        var saved = !reply.GetProperty("warnings").EnumerateArray().Any(w => w.GetString()!.Contains("unsaved", StringComparison.Ordinal) || w.GetString()!.Contains("without saving", StringComparison.Ordinal));
        var transcript = await host.Services.GetRequiredService<InMemoryWellbeingStore>().GetAsync("alice");
        var said = transcript!.Transcript.Where(l => l.Speaker == Speaker.User).Select(l => l.Text).ToList();
        said.Should().Contain("hello");
        if (saved)
        {
            said.Should().Contain(target == FaultTarget.Handoff ? "handoff" : "I want to kill myself");
        }
    }

    [Fact]
    public async Task An_over_long_crisis_message_over_http_is_answered_with_the_helplines_and_a_request_for_shorter_parts()
    {
        await using var host = await KitHost.StartAsync(realKit: true);
        using var client = host.Client("alice");
        var text = string.Concat(Enumerable.Repeat("It has been a very long week at school and at home. ", 112)) + "I want to kill myself";

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json(JsonSerializer.Serialize(new { text, country = "GB" })));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await response.Content.ReadAsStringAsync();
        reply.Should().Contain("116 123").And.Contain("shorter parts");
    }

    [Theory]
    [InlineData("EN", "GBR")]
    [InlineData("en_gb", "gb")]
    public async Task A_loosely_written_locale_and_country_are_normalised_not_refused(string locale, string country)
    {
        await using var host = await KitHost.StartAsync(realKit: true);
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json($$"""{"text":"I want to kill myself","locale":"{{locale}}","country":"{{country}}"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("116 123");
    }

    [Fact]
    public async Task An_unreadable_locale_is_ignored_with_a_warning_in_the_reply()
    {
        await using var host = await KitHost.StartAsync(realKit: true);
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi","locale":"<script>"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var warnings = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings");
        warnings.EnumerateArray().Should().ContainSingle(w => w.GetString()!.Contains("locale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_lists_the_helplines_of_the_users_country()
    {
        await using var host = await KitHost.StartAsync(o => o.RateLimitPermits = 1, realKit: true, services: s => s.PostConfigure<WellbeingKitOptions>(o => o.DefaultCountry = "US"));
        using var client = host.Client("alice");
        (await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi","country":"GB"}"""))).EnsureSuccessStatusCode();

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json(Crisis));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var phones = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("helplines").EnumerateArray()
            .Select(h => h.GetProperty("phone").ValueKind == JsonValueKind.String ? h.GetProperty("phone").GetString() : null);
        phones.Should().Contain("116 123").And.NotContain("988");
    }

    [Fact]
    public async Task A_body_over_the_byte_limit_gets_413_with_the_safety_line_and_helplines()
    {
        await using var host = await KitHost.StartAsync(o => o.MaxMessageLength = 10, realKit: true);
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json(JsonSerializer.Serialize(new { text = new string('a', 10_000) })));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("safety").GetString().Should().Contain("emergency");
        problem.GetProperty("helplines").GetArrayLength().Should().BeGreaterThan(0);
    }

    private static Task<KitHost> FaultyHost(Faults faults, FakeTimeProvider time) => KitHost.StartAsync(
        realKit: true,
        services: s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.RemoveAll<IRiskDetector>();
            s.AddSingleton<IRiskDetector>(new FaultyDetector(faults));
            s.AddSingleton<IEmotionClassifier>(new FaultyClassifier(faults));
            s.AddSingleton<IHandoffService>(new FaultyHandoff(faults));
            s.AddSingleton<IConversationStore>(sp => new FaultyStore(sp.GetRequiredService<InMemoryWellbeingStore>(), faults));
        });
}
