using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Tests;

public sealed class AuthorizationPolicyTests
{
    /// <summary>Signs in whoever the <c>X-Sub</c> header names, with the roles of <c>X-Roles</c>.</summary>
    private sealed class HeaderAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var sub = Request.Headers["X-Sub"].FirstOrDefault();
            if (sub is null)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = new List<Claim> { new("sub", sub) };
            claims.AddRange((Request.Headers["X-Roles"].FirstOrDefault() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, "header")), "header")));
        }
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication("header").AddScheme<AuthenticationSchemeOptions, HeaderAuth>("header", null);
        builder.Services.AddAuthorizationBuilder().AddPolicy("students", p => p.RequireRole("student"));
        builder.Services.AddWellbeingKit();
        builder.Services.AddSingleton<IContentSource, TestContent>();
        builder.Services.AddSingleton<IWellbeingKit, TestKit>();
        builder.Services.AddWellbeingKitEndpoints(o => o.AuthorizationPolicy = "students");
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWellbeingKit();
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app, string sub, string roles)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Add("X-Sub", sub);
        client.DefaultRequestHeaders.Add("X-Roles", roles);
        return client;
    }

    [Fact]
    public async Task A_signed_in_user_outside_the_policy_is_forbidden()
    {
        await using var app = await StartAsync();
        using var teacher = Client(app, "t-1", "teacher");

        (await teacher.GetAsync("/wellbeing/conversation")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_user_inside_the_policy_is_identified_by_the_sub_claim()
    {
        await using var app = await StartAsync();
        using var student = Client(app, "s-1", "student");

        (await student.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"hello"}"""))).EnsureSuccessStatusCode();

        (await app.Services.GetRequiredService<IConversationStore>().GetAsync("s-1")).Should().NotBeNull();
    }
}
