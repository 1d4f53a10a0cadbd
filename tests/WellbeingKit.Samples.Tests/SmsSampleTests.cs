using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.AspNetCore.Tests;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Conversations;
using WellbeingKit.Samples.Humanitarian;
using Humanitarian = WellbeingKit.Samples.Humanitarian;

namespace WellbeingKit.Samples.Tests;

public sealed class SmsSampleTests
{
    private const string UkSender = "+447700900123";

    public static TheoryData<string> Gateways => [.. SmsGateways.Names];

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_crisis_text_from_each_gateway_reaches_the_safety_flow_with_the_senders_helplines(string gateway)
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        using var response = await client.PostAsync(gateway, UkSender, "I want to kill myself", "crisis-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(UkSender, default);
        var state = await app.Services.GetRequiredService<IConversationStore>().GetAsync(userId);
        state!.FlowId.Should().Be("safety");
        state.Country.Should().Be("GB");
        sender.Sent.Should().ContainSingle().Which.Text.Should().Contain("116 123");
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_forged_signature_is_refused_and_nothing_is_stored_or_sent(string gateway)
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);

        using var response = await client.PostAsync(gateway, UkSender, "I want to kill myself", "forged-1", forge: true);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("signature does not match");
        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(UkSender, default);
        (await app.Services.GetRequiredService<IConversationStore>().GetAsync(userId)).Should().BeNull();
        sender.Sent.Should().BeEmpty();
    }

    [Theory]
    [InlineData("http://localhost/sms/twilio")]
    [InlineData("http://localhost:80/sms/twilio")]
    public async Task A_twilio_signature_over_the_url_with_or_without_its_default_port_is_accepted(string signedUrl)
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);
        using var request = SmsGateways.Twilio(SmsGateways.TwilioFields(UkSender, "hello", "port-1"), SmsGateways.TwilioToken, HttpMethod.Post, signedUrl);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        sender.Sent.Should().ContainSingle();
    }

    [Fact]
    public async Task A_twilio_webhook_set_to_get_is_verified_over_its_url_and_read_from_the_query()
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);
        using var request = SmsGateways.Twilio(SmsGateways.TwilioFields(UkSender, "hello", "get-1"), SmsGateways.TwilioToken, HttpMethod.Get, "http://localhost/sms/twilio");
        using var forged = SmsGateways.Twilio(SmsGateways.TwilioFields(UkSender, "hello", "get-2"), "not-the-token", HttpMethod.Get, "http://localhost/sms/twilio");

        using var response = await client.SendAsync(request);
        using var refused = await client.SendAsync(forged);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        sender.Sent.Should().ContainSingle().Which.InReplyTo.Should().Be("get-1");
    }

    [Theory]
    [InlineData("another body", 0)]
    [InlineData("this body", -10)]
    public async Task A_vonage_messages_token_for_another_body_or_an_old_one_is_refused(string signedBody, int minutes)
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);
        var body = System.Text.Encoding.UTF8.GetBytes("{\"channel\":\"sms\",\"message_uuid\":\"vm-1\",\"from\":\"447700900123\",\"to\":\"447700900000\",\"message_type\":\"text\",\"text\":\"hello\"}");
        var hashed = signedBody == "this body" ? body : System.Text.Encoding.UTF8.GetBytes(signedBody);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sms/vonage-messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", SmsGateways.VonageMessagesToken(SmsGateways.VonageSecret, body, DateTimeOffset.UtcNow.AddMinutes(minutes), hashed));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain(minutes == 0 ? "payload_hash" : "iat");
        sender.Sent.Should().BeEmpty();
    }

    [Theory]
    [InlineData("twilio", "Body")]
    [InlineData("africastalking", "text")]
    [InlineData("vonage", "text")]
    [InlineData("vonage-messages", "text")]
    [InlineData("json", "text")]
    public async Task A_request_without_the_message_text_is_refused_with_a_problem_naming_the_field(string gateway, string field)
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);

        using var response = await client.PostAsync(gateway, UkSender, text: null, "no-text-1");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().Should().Be("The message text is missing");
        problem.GetProperty("detail").GetString().Should().Contain($"'{field}'");
        sender.Sent.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Gateways))]
    public async Task A_duplicate_delivery_changes_nothing_and_sends_nothing(string gateway)
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);
        var store = app.Services.GetRequiredService<IConversationStore>();
        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(UkSender, default);
        (await client.PostAsync(gateway, UkSender, "hello", "m-1")).EnsureSuccessStatusCode();
        (await client.PostAsync(gateway, UkSender, "1", "m-2")).EnsureSuccessStatusCode();
        var before = await store.GetAsync(userId);

        (await client.PostAsync(gateway, UkSender, "1", "m-2")).EnsureSuccessStatusCode();

        var after = await store.GetAsync(userId);
        after!.Version.Should().Be(before!.Version);
        after.Transcript.Should().HaveCount(before.Transcript.Count);
        sender.Sent.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("Arrêt")]
    [InlineData("BAJA")]
    [InlineData("توقف")]
    public async Task An_opt_out_keyword_stops_every_later_message(string keyword)
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);
        (await client.PostAsync("twilio", UkSender, keyword, "s-1")).EnsureSuccessStatusCode();
        sender.Sent.Should().ContainSingle("one confirmation of the opt-out is sent");

        (await client.PostAsync("twilio", UkSender, "hello", "s-2")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "are you there", "s-3")).EnsureSuccessStatusCode();

        sender.Sent.Should().ContainSingle();
    }

    [Fact]
    public async Task Start_resumes_messages_after_an_opt_out()
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);
        (await client.PostAsync("json", UkSender, "STOP", "r-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "hello", "r-2")).EnsureSuccessStatusCode();

        (await client.PostAsync("json", UkSender, "START", "r-3")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "hello", "r-4")).EnsureSuccessStatusCode();

        sender.Sent.Select(s => s.InReplyTo).Should().Equal("r-1", "r-3", "r-4");
    }

    [Fact]
    public async Task A_sentence_with_stop_in_it_is_a_message_not_an_opt_out()
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", UkSender, "I can't stop crying", "c-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "hello", "c-2")).EnsureSuccessStatusCode();

        sender.Sent.Should().HaveCount(2);
        sender.Sent[0].Text.Should().Contain("You said: I can't stop crying");
    }

    [Fact]
    public async Task The_suppression_list_is_durable_in_the_samples_sqlite_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wk-sms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "sms.db");
            await new SqliteSmsChannelStore(path).SetSuppressedAsync("sms-abc", suppressed: true, DateTimeOffset.UnixEpoch, default);
            await new SqliteSmsChannelStore(path).SetPendingAsync("sms-abc", ["calm", "talk"], "the rest", default);

            var reopened = new SqliteSmsChannelStore(path);

            (await reopened.IsSuppressedAsync("sms-abc", default)).Should().BeTrue();
            (await reopened.GetOptionsAsync("sms-abc", default)).Should().Equal("calm", "talk");
            (await reopened.TakeRestAsync("sms-abc", default)).Should().Be("the rest");
            (await reopened.TakeRestAsync("sms-abc", default)).Should().BeNull();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("+33612345678", "FR", "fr")]
    [InlineData("+34612345678", "ES", "es")]
    [InlineData("+962790000001", "JO", "ar")]
    [InlineData("+447700900123", "GB", "en")]
    [InlineData("+14165550123", "CA", "en")]
    public async Task A_new_conversation_takes_its_country_and_language_from_the_calling_code(string from, string country, string locale)
    {
        var kit = new RecordingKit();
        var (app, _) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", from, "hello", "cc-1")).EnsureSuccessStatusCode();

        kit.Messages.Should().ContainSingle().Which.Should().Match<UserMessage>(m => m.Country == country && m.Locale == locale);
    }

    [Fact]
    public async Task The_person_can_override_the_country_their_number_suggests()
    {
        var kit = new RecordingKit();
        var (app, _) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", "+33612345678", "COUNTRY GB", "co-1")).EnsureSuccessStatusCode();

        kit.Messages.Should().ContainSingle().Which.Country.Should().Be("GB");
    }

    [Theory]
    [InlineData("FR", "fr", "bonjour")]
    [InlineData("lang es", "es", "hola")]
    [InlineData("مرحبا، أحتاج مساعدة", "ar", "مرحبا، أحتاج مساعدة")]
    public async Task The_language_follows_a_keyword_or_arabic_script(string body, string? locale, string text)
    {
        var kit = new RecordingKit();
        var (app, _) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", "+15550001", body, "l-1")).EnsureSuccessStatusCode();

        kit.Messages.Should().ContainSingle().Which.Should().Match<UserMessage>(m => m.Locale == locale && m.Text == text);
    }

    [Fact]
    public async Task The_gateway_message_id_is_the_kits_message_id()
    {
        var kit = new RecordingKit();
        var (app, _) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("twilio", UkSender, "hello", "SM0123456789abcdef")).EnsureSuccessStatusCode();

        kit.Messages.Should().ContainSingle().Which.MessageId.Should().Be("twilio:SM0123456789abcdef");
    }

    [Fact]
    public async Task Answering_with_a_number_chooses_that_option()
    {
        var (app, sender) = await SmsGateways.StartAsync();
        await using var _ = app;
        using var client = app.Client(user: null);
        (await client.PostAsync("json", UkSender, "hello", "o-1")).EnsureSuccessStatusCode();

        (await client.PostAsync("json", UkSender, "1", "o-2")).EnsureSuccessStatusCode();

        sender.Sent[0].Text.Should().Contain("1) A calming exercise").And.Contain("2) Just talk");
        sender.Sent[1].Text.Should().Be("Breathe in for four counts.");
    }

    [Fact]
    public async Task A_number_that_is_not_an_option_is_passed_on_as_free_text()
    {
        var kit = new RecordingKit();
        var (app, _) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);
        (await client.PostAsync("json", UkSender, "hello", "f-1")).EnsureSuccessStatusCode();

        (await client.PostAsync("json", UkSender, "7", "f-2")).EnsureSuccessStatusCode();

        kit.Messages[^1].Text.Should().Be("7");
    }

    [Fact]
    public async Task A_long_reply_is_cut_to_the_part_budget_and_more_sends_the_rest()
    {
        var kit = new LongKit(safety: false);
        var (app, sender) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", UkSender, "hello", "b-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "MORE", "b-2")).EnsureSuccessStatusCode();

        sender.Sent[0].Parts.Should().BeLessThanOrEqualTo(3);
        sender.Sent[0].Text.Should().Contain("(MORE for the rest)").And.EndWith("1) Yes");
        (sender.Sent[0].Text + sender.Sent[1].Text).Should().Contain("Line 1 ").And.Contain("Line 12 ");
    }

    [Fact]
    public async Task A_safety_reply_is_never_cut()
    {
        var kit = new LongKit(safety: true);
        var (app, sender) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", UkSender, "help", "sf-1")).EnsureSuccessStatusCode();

        sender.Sent.Should().ContainSingle().Which.Text.Should().Contain("Line 12 ").And.NotContain("MORE");
    }

    [Fact]
    public async Task The_phone_number_is_never_stored_anywhere_in_the_data_folder()
    {
        var (app, _) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);
        (await client.PostAsync("json", "+447700900555", "hello", "p-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", "+447700900555", "I want to kill myself", "p-2")).EnsureSuccessStatusCode();
        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync("+44 7700 900555", default);
        (await app.Services.GetRequiredService<IConversationStore>().GetAsync(userId)).Should().NotBeNull();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var folder = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataFolder"]!;

        foreach (var (file, bytes) in await DataFolderFiles.ReadAllAsync(folder))
        {
            DataFolderFiles.AsText(bytes).Should().OnlyContain(text => !text.Contains("7700900555", StringComparison.Ordinal), file);
        }
    }

    [Fact]
    public void Outside_development_the_sample_refuses_to_start_without_a_pepper()
    {
        var create = () => Humanitarian.Program.Create(["--environment", "Production", "--DataFolder", Path.GetTempPath()]);

        create.Should().Throw<InvalidOperationException>().WithMessage("*Privacy:Pepper*");
    }

    [Fact]
    public void A_helpline_described_at_length_is_sent_once_as_a_short_line()
    {
        var reply = new Reply
        {
            Messages = [new ReplyMessage("You can reach these services now:\nSamaritans \u00B7 \u260E 116 123 \u00B7 https://www.samaritans.org (24/7) \u2014 long description", ReplyKind.Safety)],
            Helplines = TestContent.Pack.Helplines,
        };

        var text = SmsReplyFormatter.Format(reply);

        text.Should().Be("You can reach these services now:\nSamaritans: 116 123\nFind A Helpline: findahelpline.com");
    }

    /// <summary>A kit whose reply is twelve long lines and one option (a safety reply when asked).</summary>
    private sealed class LongKit(bool safety) : IWellbeingKit
    {
        public Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default) => Task.FromResult(new Reply
        {
            Messages = [new ReplyMessage(string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Line {i} " + new string('x', 40))), safety ? ReplyKind.Safety : ReplyKind.Text)],
            QuickReplies = [new QuickReply("Yes", "yes")],
            Safety = safety,
        });
    }
}
