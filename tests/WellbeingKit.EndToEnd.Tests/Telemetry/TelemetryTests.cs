using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Conversations;
using WellbeingKit.Telemetry;

namespace WellbeingKit.EndToEnd.Tests.Telemetry;

/// <summary>Runs real turns through the default pack while listening to every WellbeingKit instrument and activity.</summary>
public sealed class TelemetryTests : IDisposable
{
    private const string UserId = "user-secret-42";
    private const string CrisisText = "I want to die, the lilac harbour clock said nothing tonight";
    private const string JournalText = "The lilac harbour clock is my secret journal line";

    private readonly ConcurrentBag<(string Instrument, object? Value, KeyValuePair<string, object?>[] Tags)> _measurements = [];
    private readonly ConcurrentBag<Activity> _activities = [];
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _traces;
    private readonly ServiceProvider _provider;

    public TelemetryTests()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WellbeingKitTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => _measurements.Add((i.Name, v, tags.ToArray())));
        _meters.SetMeasurementEventCallback<int>((i, v, tags, _) => _measurements.Add((i.Name, v, tags.ToArray())));
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => _measurements.Add((i.Name, v, tags.ToArray())));
        _meters.Start();
        _traces = new ActivityListener
        {
            ShouldListenTo = s => s.Name == WellbeingKitTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => _activities.Add(a),
        };
        ActivitySource.AddActivityListener(_traces);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWellbeingKit().UseDefaultContent();
        _provider = services.BuildServiceProvider();
    }

    [Fact]
    public async Task No_metric_tag_or_trace_attribute_carries_message_text_or_the_user_id()
    {
        await RunConversationAsync();

        var values = _measurements.SelectMany(m => m.Tags.Select(t => t.Value?.ToString() ?? ""))
            .Concat(_activities.SelectMany(a => a.TagObjects.Select(t => t.Value?.ToString() ?? "")))
            .Concat(_activities.SelectMany(a => a.Baggage.Select(b => b.Value ?? "")))
            .Concat(_activities.Select(a => a.DisplayName))
            .ToList();
        values.Should().NotBeEmpty();
        values.Should().NotContain(v => v.Contains("user-secret", StringComparison.OrdinalIgnoreCase));
        values.Should().NotContain(v => v.Contains("lilac", StringComparison.OrdinalIgnoreCase) || v.Contains("harbour", StringComparison.OrdinalIgnoreCase));
        values.Should().NotContain(v => v.Contains("want to die", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Turns_screenings_safety_flows_and_score_deltas_are_recorded()
    {
        await RunConversationAsync();

        var names = _measurements.Select(m => m.Instrument).ToHashSet();
        names.Should().Contain(["wellbeing.turns", "wellbeing.screenings", "wellbeing.safety_flows.started", "wellbeing.questionnaire.score_delta"]);
        _measurements.Should().Contain(m => m.Instrument == "wellbeing.questionnaire.score_delta" && (int)m.Value! == 3
            && m.Tags.Any(t => t.Key == "questionnaire" && (string?)t.Value == "phq9"));
        _measurements.Should().Contain(m => m.Instrument == "wellbeing.screenings" && m.Tags.Any(t => t.Key == "level" && (string?)t.Value != "none"));
    }

    [Fact]
    public async Task Exercises_and_hand_offs_are_counted_with_closed_tags_only()
    {
        await RunConversationAsync();

        _measurements.Should().Contain(m => m.Instrument == "wellbeing.exercises.offered" && m.Tags.Any(t => t.Key == "exercise"));
        _measurements.Should().Contain(m => m.Instrument == "wellbeing.exercises.completed" && m.Tags.Any(t => t.Key == "outcome" && (string?)t.Value == "completed"));
        _measurements.Should().Contain(m => m.Instrument == "wellbeing.exercises.rated" && m.Tags.Any(t => t.Key == "rating" && (string?)t.Value == "high"));
        _measurements.Should().Contain(m => m.Instrument == "wellbeing.handoffs.requested");
        _measurements.Should().Contain(m => m.Instrument == "wellbeing.handoffs.answered" && m.Tags.Any(t => t.Key == "status"));
    }

    [Fact]
    public async Task Every_turn_is_one_activity_tagged_with_its_flow_and_level()
    {
        var turns = await RunConversationAsync();

        var mine = _activities.Where(a => a.OperationName == WellbeingKitTelemetry.TurnActivityName && a.GetTagItem("wellbeing.level") is not null).ToList();
        mine.Should().HaveCountGreaterThanOrEqualTo(turns);
        mine.Should().Contain(a => (bool)a.GetTagItem("wellbeing.safety")! && (string?)a.GetTagItem("wellbeing.flow") == "safety");
    }

    public void Dispose()
    {
        _provider.Dispose();
        _meters.Dispose();
        _traces.Dispose();
    }

    private async Task<int> RunConversationAsync()
    {
        var kit = _provider.GetRequiredService<IWellbeingKit>();
        var inputs = new List<string> { "hi", "journal", JournalText, "No", "exercise", "calm" };
        inputs.AddRange(Enumerable.Repeat("next", 12));
        inputs.AddRange(["5", "No", "phq9"]);
        inputs.AddRange(Enumerable.Repeat("Not at all", 9));
        inputs.Add("phq9");
        inputs.Add("Nearly every day");
        inputs.AddRange(Enumerable.Repeat("Not at all", 8));
        inputs.Add(CrisisText);
        inputs.Add("Talk to a person");
        foreach (var text in inputs)
        {
            await kit.HandleAsync(new UserMessage(UserId, text) { Locale = "en" });
        }

        return inputs.Count;
    }
}
