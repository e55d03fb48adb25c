using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Tests.Kernel;

/// <summary>
/// Every scenario of the repository (<c>scenarios/</c>, the language's examples among them) runs on the model and,
/// as one Coyote schedule, on the actor kernel; the two must report exactly the same failures (none when
/// the scenario is right), so the kernel agrees with the model wherever a scenario looks. The kernel runs under every
/// invariant monitor (<see cref="ScenarioWatch"/>), so a call that answers right but leaves a broken state fails too.
/// </summary>
public sealed class ScenarioAgreementTests
{
    private static readonly KernelScenarioHost Kernel = new(CoyoteConfigurations.ForScenario, ScenarioWatch.Register);
    private static readonly Lazy<Dictionary<(string File, string Name), ScenarioDefinition>> All = new(Load);

    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, name) in All.Value.Keys.OrderBy(k => k.File, StringComparer.Ordinal))
        {
            data.Add(file, name);
        }

        return data;
    }

    [Theory]
    [Trait("spec", "REF-01")]
    [MemberData(nameof(Scenarios))]
    public void KernelReportsWhatTheModelReports(string file, string name)
    {
        var scenario = All.Value[(file, name)];
        var model = ScenarioHosts.Model.Run(scenario);
        var kernel = Kernel.Run(scenario);
        Assert.Equal(Render(model), Render(kernel));
    }

    [Fact]
    public void TheProjectScenariosAndTheLanguageExamplesAreFound()
    {
        Assert.Contains(All.Value.Keys, k => k.File == "examples.scn");
        Assert.Contains(All.Value.Keys, k => k.File == "linux/examples.scn");
        Assert.True(All.Value.Count >= 650, $"only {All.Value.Count} scenarios found");
    }

    private static string Render(IReadOnlyList<StatementFailure> failures) =>
        failures.Count == 0 ? "passed" : string.Join("\n", failures.Select(f => $"{f.Line}: {f.Message}"));

    private static Dictionary<(string, string), ScenarioDefinition> Load()
    {
        var root = RepositoryRoot();
        // Only the repository's own folder: a clone with nothing beside it must run every case.
        var folder = Path.Combine(root, "scenarios");
        var scenarios = new Dictionary<(string, string), ScenarioDefinition>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.scn", SearchOption.AllDirectories))
        {
            var display = Path.GetRelativePath(folder, path).Replace('\\', '/');

            foreach (var scenario in ScenarioParser.ParseFile(path, display).Scenarios)
            {
                scenarios[(display, scenario.Name)] = scenario;
            }
        }

        return scenarios;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "vmo-kernel-model.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("vmo-kernel-model.slnx not found above the test binaries");
    }
}
