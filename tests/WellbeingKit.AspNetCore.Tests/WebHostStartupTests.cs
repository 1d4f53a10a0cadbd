using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>A web host with a set-up mistake stops at start with a sentence, not a container error.</summary>
public sealed class WebHostStartupTests
{
    [Fact]
    public async Task A_development_host_without_a_content_source_builds_and_then_refuses_to_start_saying_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Services.AddWellbeingKit();
        await using var app = builder.Build();

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*no content source*.UseDefaultContent()*");
    }

    [Fact]
    public async Task A_host_whose_pack_folder_is_missing_refuses_to_start_naming_the_folder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWellbeingKit().UseYamlContent("does-not-exist");
        await using var app = builder.Build();

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*does-not-exist*does not exist*");
    }
}
