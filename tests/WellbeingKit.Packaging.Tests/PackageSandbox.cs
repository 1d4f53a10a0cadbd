using System.Reflection;
using System.Security;

namespace WellbeingKit.Packaging.Tests;

/// <summary>
/// A temporary folder with this checkout's packages packed into a local feed, its own NuGet.config and its own NuGet
/// package and HTTP caches, where fresh apps are created as an integrator would. Packages named <c>WellbeingKit*</c>
/// come only from that feed (package source mapping), so a stale copy of the same version in a machine-wide cache can
/// never make a test pass; everything else (Microsoft.Extensions.*) comes from nuget.org or, to save downloads, the
/// machine's package folder used as a read-only source.
/// </summary>
public sealed class PackageSandbox : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);
    private readonly Lazy<PackedApp> _console;
    private readonly Lazy<PackedApp> _web;

    /// <summary>Creates the sandbox folder; packing and apps are made on first use.</summary>
    public PackageSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "wk-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Environment = SandboxEnvironment(Root);
        WriteNuGetConfig();
        _packed = new Lazy<IReadOnlyList<string>>(PackReferencedPackages);
        _console = new Lazy<PackedApp>(() => CreateApp("README.md", "quickstart-shell", "quickstart-program", "quickstart-run", "quickstart-publish"));
        _web = new Lazy<PackedApp>(() => CreateApp("docs/web.md", "web-shell", "web-program", "web-build", publishSnippet: null));
        _consoleWithML = new Lazy<string>(PublishConsoleAppWithML);
    }

    /// <summary>The sandbox folder.</summary>
    public string Root { get; }

    /// <summary>The local feed the checkout's packages are packed into.</summary>
    public string Feed { get; }

    /// <summary>The environment every command in the sandbox runs with.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The console app of the README Quick start, built and run.</summary>
    public PackedApp ConsoleApp => _console.Value;

    /// <summary>
    /// The folder the Quick start app is published to after <c>dotnet add package WellbeingKit.ML</c> (issue 18: core,
    /// YAML, SQLite and ML stay under 30 MB), published with the README's publish command.
    /// </summary>
    public string ConsoleAppWithMLPublishDirectory => _consoleWithML.Value;

    /// <summary>The ASP.NET Core app of docs/web.md, built.</summary>
    public PackedApp WebApp => _web.Value;

    private readonly Lazy<IReadOnlyList<string>> _packed;
    private readonly Lazy<string> _consoleWithML;

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private PackedApp CreateApp(string markdown, string shellSnippet, string programSnippet, string runSnippet, string? publishSnippet)
    {
        _ = _packed.Value;
        var shell = Snippets.Read(markdown, shellSnippet);
        var name = Snippets.NewProjectName(shell);
        var parent = Path.Combine(Root, shellSnippet);
        Directory.CreateDirectory(parent);
        Shell.Run(shell, parent, Environment, Limit).EnsureSuccess($"{markdown} '{shellSnippet}' snippet");

        var directory = Path.Combine(parent, name);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Snippets.Read(markdown, programSnippet));
        var run = Shell.Run(Snippets.Read(markdown, runSnippet), directory, Environment, Limit)
            .EnsureSuccess($"{markdown} '{runSnippet}' snippet");

        var assemblies = Directory.GetFiles(Path.Combine(directory, "bin"), name + ".dll", SearchOption.AllDirectories);
        if (assemblies.Length != 1)
        {
            throw new InvalidOperationException($"Expected one {name}.dll under {directory}/bin, found {assemblies.Length}.");
        }

        string? published = null;
        if (publishSnippet is not null)
        {
            var publish = Snippets.Read(markdown, publishSnippet);
            Shell.Run(publish, directory, Environment, Limit).EnsureSuccess($"{markdown} '{publishSnippet}' snippet");
            published = Path.Combine(directory, Snippets.OutputFolder(publish));
        }

        return new PackedApp(directory, Path.GetDirectoryName(assemblies[0])!, run.Output, published);
    }

    private string PublishConsoleAppWithML()
    {
        var app = ConsoleApp;
        var publish = Snippets.Read("README.md", "quickstart-publish");
        var output = Snippets.OutputFolder(publish) + "-ml";
        Shell.Run(
            $"dotnet add package WellbeingKit.ML --version {PackageVersion}\n{publish.Replace(" -o " + Snippets.OutputFolder(publish), " -o " + output, StringComparison.Ordinal)}",
            app.Directory,
            Environment,
            Limit).EnsureSuccess("Adding WellbeingKit.ML to the Quick start app and publishing it");
        return Path.Combine(app.Directory, output);
    }

    private static string PackageVersion => Snippets.Read("README.md", "quickstart-shell")
        .Split('\n').Select(l => l.Split(" --version ")).First(p => p.Length == 2 && p[0].Contains("WellbeingKit", StringComparison.Ordinal))[1].Trim();

    // Packs WellbeingKit, WellbeingKit.ML and every WellbeingKit.* package the snippets add, from this checkout's build.
    private IReadOnlyList<string> PackReferencedPackages()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal) { "WellbeingKit", "WellbeingKit.ML" };
        foreach (var (markdown, snippet) in new[] { ("README.md", "quickstart-shell"), ("docs/web.md", "web-shell") })
        {
            ids.UnionWith(Snippets.AddedPackages(Snippets.Read(markdown, snippet)).Where(id => id.StartsWith("WellbeingKit", StringComparison.Ordinal)));
        }

        var configuration = typeof(PackageSandbox).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value;
        var projects = ids.Select(id => Path.Combine(Snippets.RepositoryRoot, "src", id, id + ".csproj")).ToList();
        foreach (var project in projects.Where(p => !File.Exists(p)))
        {
            throw new InvalidOperationException($"A snippet adds a package this checkout has no project for: {project}");
        }

        // One MSBuild run packs them all from the existing build (NoBuild), with package validation.
        var traversal = Path.Combine(Root, "pack.proj");
        File.WriteAllText(traversal, $"""
            <Project>
              <ItemGroup>
            {string.Concat(projects.Select(p => $"    <PackProject Include=\"{SecurityElement.Escape(p)}\" />\n"))}  </ItemGroup>
              <Target Name="PackAll">
                <MSBuild Projects="@(PackProject)" Targets="Pack" Properties="Configuration={configuration};NoBuild=true;PackageOutputPath={SecurityElement.Escape(Feed)}/;IncludeSymbols=false" />
              </Target>
            </Project>
            """);
        Shell.Run($"dotnet msbuild \"{traversal}\" -t:PackAll -nologo -v:m", Snippets.RepositoryRoot, Environment, Limit)
            .EnsureSuccess("Packing " + string.Join(", ", ids));
        return [.. ids];
    }

    private void WriteNuGetConfig()
    {
        var machineCache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var useMachineCache = Directory.Exists(machineCache);
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="checkout" value="{SecurityElement.Escape(Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
            {(useMachineCache ? $"    <add key=\"machine-cache\" value=\"{SecurityElement.Escape(machineCache)}\" />\n" : "")}  </packageSources>
              <packageSourceMapping>
                <packageSource key="checkout">
                  <package pattern="WellbeingKit" />
                  <package pattern="WellbeingKit.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
            {(useMachineCache ? "    <packageSource key=\"machine-cache\">\n      <package pattern=\"*\" />\n    </packageSource>\n" : "")}  </packageSourceMapping>
            </configuration>
            """);
    }

    private static Dictionary<string, string> SandboxEnvironment(string root)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var key = (string)entry.Key;
            // The test host runs under MSBuild/VSTest; a child `dotnet` must not inherit their settings.
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("NUGET", StringComparison.OrdinalIgnoreCase) || key is "DOTNET_HOST_PATH")
            {
                continue;
            }

            environment[key] = (string?)entry.Value ?? "";
        }

        environment["NUGET_PACKAGES"] = Path.Combine(root, "packages");
        environment["NUGET_HTTP_CACHE_PATH"] = Path.Combine(root, "http-cache");
        environment["NUGET_PLUGINS_CACHE_PATH"] = Path.Combine(root, "plugins-cache");
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        return environment;
    }
}

/// <summary>A fresh app made from a documentation snippet against the packed packages.</summary>
/// <param name="Directory">The project folder.</param>
/// <param name="OutputDirectory">The folder the build wrote the app to.</param>
/// <param name="Output">What the snippet's run or build command printed.</param>
/// <param name="PublishDirectory">Where the snippet's publish command wrote the app, if it has one.</param>
public sealed record PackedApp(string Directory, string OutputDirectory, string Output, string? PublishDirectory);

/// <summary>The tests that share one sandbox (packing once).</summary>
[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackageSandbox>
{
    /// <summary>The collection name.</summary>
    public const string Name = "packaging";
}
