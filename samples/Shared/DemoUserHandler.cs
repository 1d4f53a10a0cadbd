using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Samples;

/// <summary>
/// DEMO ONLY. An authentication scheme that believes whatever user id the request claims (the <c>X-Demo-User</c> header
/// or the <c>wk-demo-user</c> cookie) and gives a browser without one a random id in a cookie. Anyone can be anyone:
/// replace it with your real sign-in (cookies, OpenID Connect, JWT bearer) before any real person uses the host.
/// </summary>
internal sealed partial class DemoUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DemoUser";
    public const string Header = "X-Demo-User";
    public const string Cookie = "wk-demo-user";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[Header].FirstOrDefault();
        if (string.IsNullOrEmpty(id))
        {
            id = Request.Cookies[Cookie];
        }

        if (string.IsNullOrEmpty(id))
        {
            id = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            if (!Response.HasStarted)
            {
                Response.Cookies.Append(Cookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
            }
        }

        if (!IdPattern().IsMatch(id))
        {
            return Task.FromResult(AuthenticateResult.Fail($"The demo user id '{id}' is not 1-64 letters, digits, '-' or '_'."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, id)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
