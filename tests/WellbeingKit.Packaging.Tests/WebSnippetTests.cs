namespace WellbeingKit.Packaging.Tests;

/// <summary>The ASP.NET Core <c>Program.cs</c> of docs/web.md, pasted into a new web app against the packed packages.</summary>
[Collection(PackagingCollection.Name)]
public sealed class WebSnippetTests(PackageSandbox sandbox)
{
    [Fact]
    public void The_web_snippet_builds_against_the_packed_packages()
    {
        File.Exists(Path.Combine(sandbox.WebApp.OutputDirectory, "WellbeingKit.AspNetCore.dll")).Should().BeTrue(sandbox.WebApp.Output);
    }
}
