using Xunit.Abstractions;

namespace WellbeingKit.Packaging.Tests;

/// <summary>The README Quick start, pasted into a new console app against packages packed from this checkout.</summary>
[Collection(PackagingCollection.Name)]
public sealed class QuickStartTests(PackageSandbox sandbox, ITestOutputHelper log)
{
    private const long MaxOutputBytes = 30L * 1000 * 1000;

    [Fact]
    public void The_readme_quick_start_runs_and_prints_the_calm_reply_the_readme_shows()
    {
        var expected = Snippets.Read("README.md", "quickstart-output")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        expected.Should().NotBeEmpty();

        var printed = sandbox.ConsoleApp.Output.Split('\n', StringSplitOptions.TrimEntries);
        var at = 0;
        foreach (var line in expected)
        {
            var found = Array.IndexOf(printed, line, at);
            found.Should().BeGreaterThanOrEqualTo(0, $"the README says the app prints '{line}' (in this order); it printed:\n{sandbox.ConsoleApp.Output}");
            at = found + 1;
        }
    }

    [Fact]
    public void The_readme_quick_start_reply_is_calm_not_the_safety_response()
    {
        // The Quick start prints the reply's messages and quick replies; a crisis reply would offer help now.
        sandbox.ConsoleApp.Output.Should().NotContainAny(["[handoff]", "emergency", "helpline"]);
    }

    [Fact]
    public void The_readme_quick_start_app_published_as_the_readme_says_is_at_most_30_MB()
    {
        AssertAtMost30MB(sandbox.ConsoleApp.PublishDirectory!);
    }

    [Fact]
    public void The_quick_start_app_with_the_ML_package_published_as_the_readme_says_is_at_most_30_MB()
    {
        var directory = sandbox.ConsoleAppWithMLPublishDirectory;
        File.Exists(Path.Combine(directory, "WellbeingKit.ML.dll")).Should().BeTrue();
        AssertAtMost30MB(directory);
    }

    private void AssertAtMost30MB(string directory)
    {
        var files = new DirectoryInfo(directory).GetFiles("*", SearchOption.AllDirectories);
        var bytes = files.Sum(f => f.Length);
        log.WriteLine($"{directory}: {bytes / 1e6:0.0} MB in {files.Length} files");
        var largest = string.Join(", ", files.OrderByDescending(f => f.Length).Take(5).Select(f => $"{f.Name} {f.Length / 1e6:0.0} MB"));
        bytes.Should().BeLessThanOrEqualTo(MaxOutputBytes, $"the app's output ({directory}) is {bytes / 1e6:0.0} MB; largest: {largest}");
    }
}
