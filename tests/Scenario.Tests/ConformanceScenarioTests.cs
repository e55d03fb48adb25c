using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Tests.Scenario;

/// <summary>
/// Every scenario under &lt;repo&gt;/scenarios (the examples of docs/scenario-language.md among them), one theory case per scenario,
/// run on the model exactly as <c>checks scenario</c> runs it. A file that does not parse is one failing case.
/// </summary>
public sealed class ConformanceScenarioTests
{
    private const string DoesNotParse = "(file does not parse)";

    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        // Only the repository's own folder: a clone with nothing beside it must run every case.
        foreach (var folder in new[] { RepositoryPaths.Scenarios })
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".scn", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
                var document = ScenarioParser.ParseFile(file, relative);
                if (!document.IsValid)
                {
                    data.Add(relative, DoesNotParse);
                    continue;
                }

                foreach (var scenario in document.Scenarios)
                {
                    data.Add(relative, scenario.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ScenarioPassesOnTheModel(string file, string scenario)
    {
        var document = ScenarioParser.ParseFile(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, file)), file);
        Assert.True(document.IsValid, string.Join('\n', document.Diagnostics));
        var definition = Assert.Single(document.Scenarios, s => s.Name == scenario);
        var failures = ScenarioHosts.Model.Run(definition);
        Assert.True(failures.Count == 0, string.Join('\n', failures.Select(f => $"{file}:{f.Line}: {f.Message}")));
    }
}
