using System.Text.RegularExpressions;

namespace WellbeingKit.Packaging.Tests;

/// <summary>
/// The code blocks of README.md and docs/*.md between <c>&lt;!-- snippet:NAME --&gt;</c> and
/// <c>&lt;!-- /snippet:NAME --&gt;</c>: what the packaging tests paste into fresh apps, so the docs cannot drift.
/// </summary>
internal static partial class Snippets
{
    /// <summary>The repository checkout these tests belong to (the folder holding WellbeingKit.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The content of the fenced code block(s) between the markers named <paramref name="name"/> in a file.</summary>
    /// <param name="relativePath">The Markdown file, relative to the repository root (for example <c>README.md</c>).</param>
    /// <param name="name">The snippet name.</param>
    public static string Read(string relativePath, string name)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = $"<!-- snippet:{name} -->";
        var end = $"<!-- /snippet:{name} -->";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = from < 0 ? -1 : text.IndexOf(end, from, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            throw new InvalidOperationException($"{relativePath}: no '{start}' ... '{end}' markers around the snippet the packaging test pastes.");
        }

        var region = text[(from + start.Length)..to];
        var blocks = FencedBlock().Matches(region).Select(m => m.Groups["code"].Value).ToList();
        if (blocks.Count == 0)
        {
            throw new InvalidOperationException($"{relativePath}: the '{name}' snippet markers hold no fenced code block.");
        }

        return string.Join("\n", blocks);
    }

    /// <summary>The package ids of the <c>dotnet add package</c> lines of a shell snippet.</summary>
    public static IReadOnlyList<string> AddedPackages(string shell) =>
        AddPackage().Matches(shell).Select(m => m.Groups["id"].Value).ToList();

    /// <summary>The project name of the <c>dotnet new &lt;template&gt; -n NAME</c> line of a shell snippet.</summary>
    public static string NewProjectName(string shell)
    {
        var match = NewProject().Match(shell);
        return match.Success
            ? match.Groups["name"].Value
            : throw new InvalidOperationException("The shell snippet has no 'dotnet new <template> -n <name>' line.");
    }

    /// <summary>The folder of the <c>-o DIR</c> option of a <c>dotnet publish</c> snippet.</summary>
    public static string OutputFolder(string shell)
    {
        var match = OutputOption().Match(shell);
        return match.Success
            ? match.Groups["dir"].Value
            : throw new InvalidOperationException("The publish snippet has no '-o <folder>' option.");
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WellbeingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WellbeingKit.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"dotnet add package (?<id>[A-Za-z0-9_.]+)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"dotnet publish .*-o (?<dir>[A-Za-z0-9_./-]+)")]
    private static partial Regex OutputOption();

    [GeneratedRegex(@"dotnet new [a-z]+ -n (?<name>[A-Za-z0-9_.]+)")]
    private static partial Regex NewProject();
}
