using System.Diagnostics;
using System.Text.Json;
using WellbeingKit.Cli.Commands;
using WellbeingKit.Evaluation;

namespace WellbeingKit.Cli.Tests;

/// <summary>
/// Compiles, once, a detector assembly OUTSIDE the repository (a temp folder with its own csproj referencing this
/// checkout's built WellbeingKit.dll by HintPath, as a researcher's project references the package) for the tests.
/// </summary>
public sealed class OutsideDetectorFixture : IDisposable
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>Outside.Detectors</AssemblyName>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="WellbeingKit"><HintPath>{kit}</HintPath></Reference>
            <Reference Include="Microsoft.Extensions.Logging.Abstractions"><HintPath>{logging}</HintPath></Reference>
          </ItemGroup>
        </Project>
        """;

    private const string Source = """
        using Microsoft.Extensions.Logging;
        using WellbeingKit.Risk;

        namespace Outside;

        /// <summary>Flags a message holding "goodbye forever" as high risk.</summary>
        public sealed class FarewellDetector : IRiskDetector
        {
            public string Name => "farewell";

            public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
                ValueTask.FromResult(request.Text.Contains("goodbye forever", StringComparison.OrdinalIgnoreCase)
                    ? new RiskAssessment { Level = RiskLevel.High, Score = 0.9, Categories = [RiskCategory.SuicidalIdeation], Detector = Name }
                    : new RiskAssessment { Score = 0.1, Detector = Name });
        }

        /// <summary>Takes a logger and the clock from the host; flags nothing.</summary>
        public sealed class QuietDetector(ILogger<QuietDetector> logger, TimeProvider time) : IRiskDetector
        {
            public string Name => "quiet";

            public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default)
            {
                logger.LogDebug("screened at {Time}", time.GetUtcNow());
                return ValueTask.FromResult(RiskAssessment.None);
            }
        }

        /// <summary>Needs an endpoint nobody provides.</summary>
        public sealed class RemoteDetector(Uri endpoint) : IRiskDetector
        {
            public string Name => endpoint.Host;

            public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
                ValueTask.FromResult(RiskAssessment.None);
        }
        """;

    public OutsideDetectorFixture()
    {
        Folder = Directory.CreateTempSubdirectory("wellbeing-outside-detector-").FullName;
        var source = Path.Combine(Folder, "src");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "Outside.Detectors.csproj"), Project
            .Replace("{kit}", typeof(WellbeingKit.Risk.IRiskDetector).Assembly.Location, StringComparison.Ordinal)
            .Replace("{logging}", typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(source, "Detectors.cs"), Source);

        var output = Path.Combine(Folder, "out");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = source, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", "-c", "Release", "-o", output, "--nologo", "--disable-build-servers", "-p:UseSharedCompilation=false" })
        {
            info.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables belong to the repository's build, not to this outside project.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assembly = Path.Combine(output, "Outside.Detectors.dll");
        if (process.ExitCode != 0 || !File.Exists(Assembly))
        {
            throw new InvalidOperationException($"building the outside detector failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
    }

    /// <summary>The temp folder (source, output and the test's files).</summary>
    public string Folder { get; }

    /// <summary>The built detector assembly.</summary>
    public string Assembly { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed class DetectorAssemblyTests(OutsideDetectorFixture outside) : IClassFixture<OutsideDetectorFixture>
{
    [Fact]
    public void Eval_risk_scores_a_detector_compiled_outside_the_repository()
    {
        var data = Path.Combine(outside.Folder, "farewell.csv");
        File.WriteAllText(data, "text,crisis\nso this is goodbye forever,1\nsee you tomorrow,0\ngoodbye forever to this old phone,0\nI feel like everything is ending,1\nlunch at noon?,0\n");
        var json = Path.Combine(outside.Folder, "farewell.json");
        var predictions = Path.Combine(outside.Folder, "farewell-predictions.csv");

        var exit = Program.Main(["eval", "risk", "--data", data, "--detector-assembly", outside.Assembly, "--detector", "FarewellDetector",
            "--predictions", predictions, "--json", json]);

        exit.Should().Be(0);
        using var metrics = JsonDocument.Parse(File.ReadAllText(json));
        var root = metrics.RootElement;
        root.GetProperty("n").GetInt32().Should().Be(5);
        root.GetProperty("tp").GetInt32().Should().Be(1);
        root.GetProperty("fp").GetInt32().Should().Be(1);
        root.GetProperty("fn").GetInt32().Should().Be(1);
        root.GetProperty("tn").GetInt32().Should().Be(2);
        root.GetProperty("recall").GetDouble().Should().Be(0.5);
        File.ReadAllLines(predictions)[1].Should().Be("so this is goodbye forever,1,1,0.9,High,suicidal-ideation");
    }

    [Fact]
    public void A_detector_is_found_by_its_name_and_given_a_logger_and_the_clock()
    {
        using var services = CliServices.Build(new CliSettings());

        var detector = DetectorAssembly.Create(outside.Assembly, "quiet", services);

        detector.Name.Should().Be("quiet");
        detector.GetType().FullName.Should().Be("Outside.QuietDetector");
    }

    [Fact]
    public void Several_detectors_and_no_name_is_an_error_listing_them()
    {
        using var services = CliServices.Build(new CliSettings());

        var act = () => DetectorAssembly.Create(outside.Assembly, null, services);

        act.Should().Throw<EvaluationInputException>().WithMessage("*3 detectors*Outside.FarewellDetector, Outside.QuietDetector, Outside.RemoteDetector*");
    }

    [Fact]
    public void An_unknown_name_is_an_error_listing_the_detectors()
    {
        using var services = CliServices.Build(new CliSettings());

        var act = () => DetectorAssembly.Create(outside.Assembly, "mine", services);

        act.Should().Throw<EvaluationInputException>().WithMessage("*no detector named 'mine'*Outside.FarewellDetector*");
    }

    [Fact]
    public void A_constructor_argument_the_cli_cannot_give_is_named()
    {
        using var services = CliServices.Build(new CliSettings());

        var act = () => DetectorAssembly.Create(outside.Assembly, "RemoteDetector", services);

        act.Should().Throw<EvaluationInputException>().WithMessage("*cannot create Outside.RemoteDetector*needs Uri endpoint*parameterless constructor*");
    }

    [Fact]
    public void A_missing_assembly_file_is_an_error_naming_it()
    {
        using var services = CliServices.Build(new CliSettings());

        var act = () => DetectorAssembly.Create(Path.Combine(outside.Folder, "missing.dll"), null, services);

        act.Should().Throw<EvaluationInputException>().WithMessage("*--detector-assembly*missing.dll*does not exist*");
    }

    [Fact]
    public void An_assembly_without_a_detector_is_an_error_naming_the_interface()
    {
        using var services = CliServices.Build(new CliSettings());

        var act = () => DetectorAssembly.Create(Path.Combine(AppContext.BaseDirectory, "WellbeingKit.Evaluation.dll"), null, services);

        act.Should().Throw<EvaluationInputException>().WithMessage("*WellbeingKit.Evaluation.dll*no public, non-abstract class implementing WellbeingKit.Risk.IRiskDetector*");
    }
}
