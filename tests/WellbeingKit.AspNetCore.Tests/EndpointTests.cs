using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.UserData;

namespace WellbeingKit.AspNetCore.Tests;

public sealed class EndpointTests
{
    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_message_gets_the_kits_reply_as_json()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"exams tomorrow"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await JsonOf(response);
        reply.GetProperty("messages")[0].GetProperty("text").GetString().Should().Contain("exams tomorrow");
        reply.GetProperty("quickReplies")[0].GetProperty("value").GetString().Should().Be("calm");
        reply.GetProperty("direction").GetString().Should().Be("ltr");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task A_crisis_reply_carries_helplines_and_the_handoff_status()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"I want to kill myself"}"""));

        var reply = await JsonOf(response);
        reply.GetProperty("safety").GetBoolean().Should().BeTrue();
        reply.GetProperty("helplines")[0].GetProperty("phone").GetString().Should().Be("116 123");
        reply.GetProperty("handoff").GetProperty("status").GetString().Should().Be("queued");
        reply.GetProperty("risk").GetProperty("level").GetString().Should().Be("imminent");
        reply.GetProperty("risk").GetProperty("categories")[0].GetString().Should().Be("suicidal-ideation");
    }

    [Fact]
    public async Task A_request_without_a_user_gets_401_problem_details()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client(user: null);

        using var response = await client.GetAsync("/wellbeing/conversation");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonOf(response)).GetProperty("detail").GetString().Should().Contain("UserIdResolver");
    }

    [Fact]
    public async Task One_user_never_sees_another_users_conversation()
    {
        await using var host = await KitHost.StartAsync();
        using var alice = host.Client("alice");
        using var bob = host.Client("bob");
        (await alice.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"alice-secret"}"""))).EnsureSuccessStatusCode();

        var bobs = await JsonOf(await bob.GetAsync("/wellbeing/conversation"));
        var alices = await JsonOf(await alice.GetAsync("/wellbeing/conversation"));

        bobs.GetProperty("transcript").GetArrayLength().Should().Be(0);
        bobs.ToString().Should().NotContain("alice-secret");
        alices.GetProperty("transcript")[0].GetProperty("text").GetString().Should().Be("alice-secret");
    }

    [Fact]
    public async Task A_user_id_forged_in_the_body_is_refused_and_writes_nothing()
    {
        await using var host = await KitHost.StartAsync();
        using var mallory = host.Client("mallory");
        using var bob = host.Client("bob");

        using var response = await mallory.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hello","userId":"bob"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonOf(response)).GetProperty("detail").GetString().Should().Contain("$.userId").And.Contain("Unknown field");
        (await JsonOf(await bob.GetAsync("/wellbeing/conversation"))).GetProperty("transcript").GetArrayLength().Should().Be(0);
        (await JsonOf(await mallory.GetAsync("/wellbeing/conversation"))).GetProperty("transcript").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_user_id_in_the_query_string_is_ignored()
    {
        await using var host = await KitHost.StartAsync();
        using var alice = host.Client("alice");
        using var mallory = host.Client("mallory");
        (await alice.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"alice-secret"}"""))).EnsureSuccessStatusCode();

        var stolen = await mallory.GetStringAsync("/wellbeing/conversation?userId=alice&user=alice");

        stolen.Should().NotContain("alice-secret");
    }

    [Fact]
    public async Task An_empty_message_is_a_validation_problem_naming_the_field()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"   "}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await JsonOf(response);
        problem.GetProperty("errors").GetProperty("text")[0].GetString().Should().Contain("empty");
    }

    [Fact]
    public async Task Invalid_json_is_a_problem_saying_where()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("{\"text\": \"hi\",\n \"locale\": }"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonOf(response)).GetProperty("detail").GetString().Should().Contain("line 2");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_problem_details()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await JsonOf(response)).GetProperty("detail").GetString().Should().Contain("text/plain");
    }

    [Fact]
    public async Task A_user_over_the_rate_limit_gets_429_with_the_safety_line_and_helplines()
    {
        await using var host = await KitHost.StartAsync(o => o.RateLimitPermits = 2);
        using var client = host.Client("alice");
        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi"}"""))).EnsureSuccessStatusCode();
        }

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.Should().NotBeNull();
        var problem = await JsonOf(response);
        problem.GetProperty("safety").GetString().Should().Contain("emergency number");
        problem.GetProperty("detail").GetString().Should().Contain("emergency number");
        problem.GetProperty("helplines").EnumerateArray().Select(h => h.GetProperty("name").GetString()).Should().Contain("Find A Helpline");
    }

    [Fact]
    public async Task The_rate_limit_of_one_user_does_not_touch_another()
    {
        await using var host = await KitHost.StartAsync(o => o.RateLimitPermits = 1);
        using var alice = host.Client("alice");
        using var bob = host.Client("bob");
        (await alice.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi"}"""))).EnsureSuccessStatusCode();
        (await alice.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi"}"""))).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        using var response = await bob.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hi"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_engine_failure_is_500_problem_details_that_still_carry_the_safety_line()
    {
        await using var host = await KitHost.StartAsync();
        host.Services.GetRequiredService<TestKit>().Fail = true;
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"I want to kill myself"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var problem = await JsonOf(response);
        problem.GetProperty("safety").GetString().Should().Contain("emergency number");
        problem.GetProperty("helplines").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Feedback_is_stored_for_the_signed_in_user()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/feedback", KitHost.Json("""{"exerciseId":"box-breathing","rating":4,"context":"class"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var stored = await host.Services.GetRequiredService<IUserDataStore>().GetFeedbackAsync("alice");
        stored.Should().ContainSingle().Which.Should().Match<ExerciseFeedback>(f => f.Rating == 4 && f.ExerciseId == "box-breathing" && f.Outcome == ExerciseOutcome.Completed);
    }

    [Theory]
    [InlineData("""{"exerciseId":"box-breathing","rating":9}""", "rating")]
    [InlineData("""{"exerciseId":"no-such-thing","rating":3}""", "exerciseId")]
    [InlineData("""{"exerciseId":"box-breathing","outcome":"loved-it"}""", "outcome")]
    [InlineData("""{"rating":3}""", "exerciseId")]
    public async Task Bad_feedback_is_a_validation_problem_naming_the_field(string body, string field)
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/feedback", KitHost.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_export_holds_the_users_own_data_only()
    {
        await using var host = await KitHost.StartAsync();
        using var alice = host.Client("alice");
        using var bob = host.Client("bob");
        (await alice.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"alice-secret"}"""))).EnsureSuccessStatusCode();
        (await bob.PostAsync("/wellbeing/feedback", KitHost.Json("""{"exerciseId":"box-breathing","rating":2}"""))).EnsureSuccessStatusCode();

        using var response = await alice.GetAsync("/wellbeing/data/export");

        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("wellbeing-data.json");
        var export = await response.Content.ReadAsStringAsync();
        export.Should().Contain("alice-secret").And.NotContain("bob");
    }

    [Fact]
    public async Task Erasing_removes_the_conversation_and_the_data()
    {
        await using var host = await KitHost.StartAsync();
        using var alice = host.Client("alice");
        (await alice.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"alice-secret"}"""))).EnsureSuccessStatusCode();
        (await alice.PostAsync("/wellbeing/feedback", KitHost.Json("""{"exerciseId":"box-breathing","rating":2}"""))).EnsureSuccessStatusCode();

        (await alice.DeleteAsync("/wellbeing/data")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await JsonOf(await alice.GetAsync("/wellbeing/conversation"))).GetProperty("transcript").GetArrayLength().Should().Be(0);
        (await host.Services.GetRequiredService<IUserDataStore>().GetFeedbackAsync("alice")).Should().BeEmpty();
    }

    [Fact]
    public async Task The_conversation_of_an_arabic_speaker_reads_right_to_left()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("layla");
        (await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"مرحبا","locale":"ar"}"""))).EnsureSuccessStatusCode();

        var conversation = await JsonOf(await client.GetAsync("/wellbeing/conversation"));

        conversation.GetProperty("direction").GetString().Should().Be("rtl");
        conversation.GetProperty("locale").GetString().Should().Be("ar");
    }

    [Fact]
    public void The_default_user_resolver_takes_the_sub_claim_of_an_authenticated_user()
    {
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u-42"), new Claim(ClaimTypes.NameIdentifier, "other")], "test")),
        };

        WellbeingKitEndpointOptions.DefaultUserIdResolver(http).Should().Be("u-42");
    }

    [Fact]
    public void The_default_user_resolver_ignores_an_anonymous_user()
    {
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u-42")])) };

        WellbeingKitEndpointOptions.DefaultUserIdResolver(http).Should().BeNull();
    }

    [Fact]
    public async Task Mapping_without_the_endpoint_services_says_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddWellbeingKit();
        await using var app = builder.Build();

        var map = () => app.MapWellbeingKit();

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddWellbeingKitEndpoints*");
    }

    [Fact]
    public async Task The_host_can_require_its_own_policy_on_the_returned_group()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWellbeingKit().UseContentSource<TestContent>();   // a kit without content does not start
        builder.Services.AddWellbeingKitEndpoints();
        builder.Services.AddAuthentication();
        builder.Services.AddAuthorization();
        await using var app = builder.Build();
        app.MapWellbeingKit().AddEndpointFilter((context, next) =>
            ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status418ImATeapot)));
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/wellbeing/conversation");

        response.StatusCode.Should().Be((HttpStatusCode)418);
    }
}
