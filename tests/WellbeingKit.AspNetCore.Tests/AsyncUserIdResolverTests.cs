using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary><see cref="WellbeingKitEndpointOptions.AsyncUserIdResolver"/>: a user id looked up asynchronously.</summary>
public sealed class AsyncUserIdResolverTests
{
    [Fact]
    public async Task An_async_resolver_names_the_user_instead_of_the_sync_one()
    {
        await using var host = await KitHost.StartAsync(o => o.AsyncUserIdResolver = async http =>
        {
            await Task.Yield();
            return "pseudonym-of-" + http.Request.Headers[KitHost.UserHeader];
        });
        using var client = host.Client("alice");

        using var response = await client.PostAsync("/wellbeing/messages", KitHost.Json("""{"text":"exams tomorrow"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.Services.GetRequiredService<IConversationStore>().GetAsync("pseudonym-of-alice")).Should().NotBeNull();
    }

    [Fact]
    public async Task An_async_resolver_that_finds_no_user_gets_401()
    {
        await using var host = await KitHost.StartAsync(o => o.AsyncUserIdResolver = _ => ValueTask.FromResult<string?>(null));
        using var client = host.Client("alice");

        using var response = await client.GetAsync("/wellbeing/conversation");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
