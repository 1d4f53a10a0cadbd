using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using System.Text.Json;
using System.Text.RegularExpressions;
using WellbeingKit.AspNetCore.Internal;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>The page rendered on the server: help without JavaScript, the form fallback, words in the user's language, static files.</summary>
public sealed partial class ChatPageFormTests
{
    private static async Task<(string Html, string Token)> PageAsync(HttpClient client, string url = "/wellbeing/chat")
    {
        var html = await client.GetStringAsync(url);
        return (html, TokenPattern().Match(html).Groups[1].Value);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static HttpClient CookieClient(KitHost host, string user)
    {
        // The antiforgery cookie must travel back with the form, as a browser sends it.
        var client = new HttpClient(new CookieContainerHandler(host.App.GetTestServer().CreateHandler())) { BaseAddress = new Uri("http://localhost") };
        client.DefaultRequestHeaders.Add(KitHost.UserHeader, user);
        return client;
    }

    [Fact]
    public async Task The_page_carries_the_helplines_of_the_country_and_the_emergency_number_for_browsers_without_script()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        var (html, _) = await PageAsync(client, "/wellbeing/chat?country=GB");

        var noscript = NoscriptPattern().Match(html).Groups[1].Value;
        noscript.Should().Contain("Samaritans").And.Contain("href=\"tel:116123\"").And.Contain("<bdi dir=\"ltr\">116&#160;123</bdi>");
        noscript.Should().Contain("If you are in danger, call your local emergency number now.", "the test pack has no emergency line for GB");
        html.Should().Contain("\"helplines\":[{\"name\":\"Samaritans\"", "the script shows the same helplines when the network fails");
    }

    [Fact]
    public async Task Without_script_a_crisis_message_posted_from_the_form_gets_a_reply_page_with_the_helpline_card()
    {
        await using var host = await KitHost.StartAsync();
        using var client = CookieClient(host, "alice");
        var (_, token) = await PageAsync(client, "/wellbeing/chat?country=GB");

        using var response = await client.PostAsync("/wellbeing/chat?country=GB", Form(("__RequestVerificationToken", token), ("text", "I want to kill myself"), ("mid", "m-0000001")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-safety=\"true\"").And.Contain("id=\"wk-help-card-title\"").And.Contain("href=\"tel:116123\"");
        html.Should().Contain("I want to kill myself").And.Contain("glad you told me");
        html.Should().Contain("name=\"choice\" value=\"safe\"", "quick replies are form buttons");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_keeps_the_text_and_shows_the_helplines()
    {
        await using var host = await KitHost.StartAsync();
        using var client = CookieClient(host, "alice");
        await PageAsync(client);

        using var response = await client.PostAsync("/wellbeing/chat?country=GB", Form(("text", "I want to kill myself")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain(">I want to kill myself</textarea>").And.Contain("href=\"tel:116123\"").And.Contain("This page had expired");
        var conversation = await client.GetStringAsync("/wellbeing/conversation");
        JsonDocument.Parse(conversation).RootElement.GetProperty("transcript").GetArrayLength().Should().Be(0, "a forged post writes nothing");
    }

    [Fact]
    public async Task The_delete_form_erases_the_conversation()
    {
        await using var host = await KitHost.StartAsync();
        using var client = CookieClient(host, "alice");
        var (_, token) = await PageAsync(client);
        (await client.PostAsync("/wellbeing/chat", Form(("__RequestVerificationToken", token), ("text", "hello")))).EnsureSuccessStatusCode();

        using var response = await client.PostAsync("/wellbeing/chat/erase", Form(("__RequestVerificationToken", token)));

        (await response.Content.ReadAsStringAsync()).Should().Contain("Your conversation has been deleted.");
        var conversation = JsonDocument.Parse(await client.GetStringAsync("/wellbeing/conversation")).RootElement;
        conversation.GetProperty("transcript").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task The_conversation_returns_the_safety_state_and_helplines_after_a_crisis()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");
        (await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"I want to kill myself","country":"GB"}"""))).EnsureSuccessStatusCode();

        var conversation = JsonDocument.Parse(await client.GetStringAsync("/wellbeing/conversation")).RootElement;

        conversation.GetProperty("safety").GetBoolean().Should().BeTrue();
        conversation.GetProperty("helplines")[0].GetProperty("phone").GetString().Should().Be("116 123");
    }

    [Theory]
    [InlineData("I want to kill myself", "116 123", "0800 1111")]
    [InlineData("my dad hits me", "0800 1111", "0808 2000 247")]
    public async Task The_pinned_helplines_of_a_conversation_fit_its_crisis_kind(string text, string first, string notListed)
    {
        await using var host = await KitHost.StartAsync(realKit: true);
        using var client = host.Client("alice");
        (await client.PostAsync("/wellbeing/messages", KitHost.Json($$"""{"text":"{{text}}","country":"GB"}"""))).EnsureSuccessStatusCode();

        var conversation = JsonDocument.Parse(await client.GetStringAsync("/wellbeing/conversation")).RootElement;

        var phones = conversation.GetProperty("helplines").EnumerateArray().Select(h => h.GetProperty("phone").GetString()).ToList();
        phones[0].Should().Be(first);
        phones.Should().Contain("999").And.NotContain(notListed);
    }

    [Fact]
    public async Task An_ordinary_conversation_has_no_pinned_help()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");
        (await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"exams tomorrow"}"""))).EnsureSuccessStatusCode();

        var conversation = JsonDocument.Parse(await client.GetStringAsync("/wellbeing/conversation")).RootElement;

        conversation.GetProperty("safety").GetBoolean().Should().BeFalse();
        conversation.GetProperty("helplines").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_browser_set_to_arabic_gets_the_page_in_arabic_right_to_left()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");
        client.DefaultRequestHeaders.Add("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5");

        var (html, _) = await PageAsync(client);

        html.Should().Contain("<html lang=\"ar\" dir=\"rtl\"").And.Contain(">إرسال</button>").And.Contain("\"forwardLocale\":\"ar\"");
    }

    [Fact]
    public async Task The_locale_in_the_address_wins_over_the_browser_language()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");
        client.DefaultRequestHeaders.Add("Accept-Language", "ar");

        var (html, _) = await PageAsync(client, "/wellbeing/chat?locale=EN");

        html.Should().Contain("<html lang=\"en\" dir=\"ltr\"").And.Contain(">Send</button>");
    }

    [Fact]
    public async Task English_helpline_names_on_the_arabic_page_carry_their_language()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        var (html, _) = await PageAsync(client, "/wellbeing/chat?locale=ar&country=GB");

        html.Should().Contain("<div class=\"wk-line-name\" lang=\"en\">Samaritans</div>");
    }

    [Fact]
    public void A_spaced_number_inside_a_message_is_kept_left_to_right()
    {
        var html = new ChatHtml(WebTexts.For(null, "ar"), "Kit", "ar")
            .Log([new WellbeingKit.Conversations.TranscriptLine(WellbeingKit.Conversations.Speaker.Kit, "اتصل بالرقم 116 123 الآن", DateTimeOffset.UnixEpoch)], null, null, cardShown: false);

        html.Should().Contain("اتصل بالرقم <bdi dir=\"ltr\">116\u00a0123</bdi> الآن");
    }

    [Fact]
    public void Every_page_word_has_a_built_in_text_in_each_of_the_four_languages()
    {
        foreach (var locale in new[] { "en", "es", "fr", "ar" })
        {
            var words = WebTexts.For(null, locale);
            words.Keys.Should().BeEquivalentTo(WebTexts.Names);
            words.Values.Should().OnlyContain(w => w.Length > 0);
        }

        WebTexts.For(null, "ar")["send"].Should().Be("إرسال");
    }

    [Fact]
    public async Task The_script_is_served_compressed_with_an_etag_and_a_repeat_visit_gets_304()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");
        using var first = new HttpRequestMessage(HttpMethod.Get, "/wellbeing/chat/chat.js");
        first.Headers.Add("Accept-Encoding", "gzip, br");

        using var response = await client.SendAsync(first);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/wellbeing/chat/chat.js");
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
        using var repeat = await client.SendAsync(again);

        response.Content.Headers.ContentEncoding.Should().Equal("br");
        response.Content.Headers.ContentLength.Should().BeLessThan(Encoding.UTF8.GetByteCount(await host.Client("x").GetStringAsync("/wellbeing/chat/chat.js")) / 2);
        repeat.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_browser_without_brotli_gets_gzip()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/wellbeing/chat/chat.css");
        request.Headers.Add("Accept-Encoding", "gzip");

        using var response = await client.SendAsync(request);

        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        response.Headers.Vary.Should().Contain("Accept-Encoding");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<noscript>(.*?)</noscript>", RegexOptions.Singleline)]
    private static partial Regex NoscriptPattern();

    /// <summary>Keeps cookies between requests, as a browser does.</summary>
    private sealed class CookieContainerHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    _cookies.SetCookies(request.RequestUri!, value);
                }
            }

            return response;
        }
    }
}
