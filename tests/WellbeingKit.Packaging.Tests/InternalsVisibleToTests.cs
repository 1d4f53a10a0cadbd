using System.Xml.Linq;

namespace WellbeingKit.Packaging.Tests;

/// <summary>
/// docs/packaging.md, "InternalsVisibleTo": a package grants its internals to test assemblies and the benchmarks (not
/// packable), never to another shipped package, which would break when the two are updated separately.
/// </summary>
public sealed class InternalsVisibleToTests
{
    [Fact]
    public void No_package_grants_its_internals_to_a_shipped_package()
    {
        // Every project under src/ is packable (Directory.Build.props); its assembly is its project name or <AssemblyName>.
        var projects = Directory.GetFiles(Path.Combine(Snippets.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => (Path: path, Xml: XDocument.Load(path)))
            .ToList();
        projects.Should().NotBeEmpty();
        var shipped = projects
            .SelectMany(p => p.Xml.Descendants("AssemblyName").Select(e => e.Value.Trim()).Append(Path.GetFileNameWithoutExtension(p.Path)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var grants = projects
            .SelectMany(p => p.Xml.Descendants("InternalsVisibleTo").Select(e => (From: Path.GetFileName(p.Path), To: (string?)e.Attribute("Include") ?? "")))
            .ToList();

        grants.Should().NotBeEmpty("the packages grant their own test assemblies");
        grants.Where(g => shipped.Contains(g.To)).Select(g => $"{g.From} grants {g.To}")
            .Should().BeEmpty("a shipped package uses public API or shared source (src/Shared), not another package's internals");
    }
}
