using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.AspNetCore.Tests;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Conversations;
using WellbeingKit.Samples.Humanitarian;
using Humanitarian = WellbeingKit.Samples.Humanitarian;

namespace WellbeingKit.Samples.Tests;

/// <summary>What real engine replies cost over SMS: GSM-7 where the language allows, filled parts, the pack's SMS wording.</summary>
public sealed class SmsReplyLengthTests
{
    private const string UkSender = "+447700900123";

    [Fact]
    public async Task With_the_real_engine_a_french_sender_gets_french_in_gsm7_parts()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", "+33612345678", "bonjour", "fr-1")).EnsureSuccessStatusCode();

        var sms = sender.Sent.Should().ContainSingle().Subject;
        sms.Encoding.Should().Be(SmsEncoding.Gsm7);
        sms.Parts.Should().BeLessThanOrEqualTo(3);
    }

    [Fact]
    public async Task With_the_real_engine_an_arabic_greeting_comes_whole_in_three_full_ucs2_parts_with_numbered_options()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", "+962790000002", "مرحبا", "ar-1")).EnsureSuccessStatusCode();

        var sms = sender.Sent.Should().ContainSingle().Subject;
        sms.Text.Should().MatchRegex("[\\u0600-\\u06FF]").And.Contain("1) ").And.Contain("4) ").And.NotContain("المزيد");
        sms.Encoding.Should().Be(SmsEncoding.Ucs2);
        sms.Parts.Should().BeLessThanOrEqualTo(3);
        SmsSegmenter.Split(sms.Text).SkipLast(1).Should().OnlyContain(part => part.Length == SmsSegmenter.Ucs2Part);
    }

    [Fact]
    public async Task With_the_real_engine_the_arabic_crisis_and_not_safe_replies_take_few_ucs2_parts_and_keep_the_directory()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", "+962790000004", "أريد أن أقتل نفسي", "arc-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", "+962790000004", "1", "arc-2")).EnsureSuccessStatusCode();   // yes, thoughts of suicide
        (await client.PostAsync("json", "+962790000004", "2", "arc-3")).EnsureSuccessStatusCode();   // no, not safe

        var (crisis, notSafe) = (sender.Sent[0], sender.Sent[^1]);
        crisis.Parts.Should().BeLessThanOrEqualTo(6, "the crisis reply took 11 UCS-2 parts before the pack's SMS variants");
        notSafe.Parts.Should().BeLessThanOrEqualTo(6, "the 'not safe' reply took 11 UCS-2 parts before the pack's SMS variants");
        foreach (var sms in new[] { crisis, notSafe })
        {
            sms.Text.Should().Contain("findahelpline.com").And.NotContain("iasp.info");
            SmsSegmenter.Split(sms.Text).SkipLast(1).Should().OnlyContain(part => part.Length == SmsSegmenter.Ucs2Part);
            string.Concat(SmsSegmenter.Split(sms.Text)).Should().Be(sms.Text);
        }

        notSafe.Text.Should().Contain("الطوارئ");
    }

    [Fact]
    public async Task With_the_real_engine_the_english_not_safe_reply_fits_three_gsm7_parts_with_every_number()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", UkSender, "I want to kill myself", "ens-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "yes", "ens-2")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", UkSender, "no", "ens-3")).EnsureSuccessStatusCode();

        var notSafe = sender.Sent[^1];
        notSafe.Encoding.Should().Be(SmsEncoding.Gsm7);
        notSafe.Parts.Should().BeLessThanOrEqualTo(3);
        notSafe.Text.Should().Contain("116 123").And.Contain("999").And.Contain("emergency");
    }

    [Fact]
    public async Task With_the_real_engine_a_childs_disclosure_by_sms_keeps_the_child_line_and_a_suicidal_reply_leaves_it_out()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        (await client.PostAsync("json", UkSender, "my dad hits me", "chl-1")).EnsureSuccessStatusCode();
        (await client.PostAsync("json", "+447700900124", "I want to kill myself", "chl-2")).EnsureSuccessStatusCode();

        sender.Sent[0].Text.Should().Contain("0800 1111").And.Contain("999");
        sender.Sent[^1].Text.Should().Contain("116 123").And.Contain("999").And.NotContain("0800 1111").And.NotContain("0808 2000 247");
    }
}
