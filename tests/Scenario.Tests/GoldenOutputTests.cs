using System.Text.RegularExpressions;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Tests.Scenario.Doubles;

namespace VmoKernel.Tests.Scenario;

/// <summary>
/// What users read: the runner's exact output for each Golden/NAME.scn is Golden/NAME.expected
/// (standard output, then standard error). The first line of each .scn says its exit code,
/// <c># exit: N</c>. The scenarios run on <see cref="FakeKernel"/>, so the output does not depend on the model.
/// </summary>
public sealed partial class GoldenOutputTests
{
    public static TheoryData<string> GoldenFiles() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Golden, "*.scn").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void OutputMatchesTheGoldenFile(string name)
    {
        var scenarioFile = Path.Combine(RepositoryPaths.Golden, name + ".scn");
        var exitLine = ExitLine().Match(File.ReadLines(scenarioFile).First());
        Assert.True(exitLine.Success, $"{name}.scn must start with '# exit: N'");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ScenarioSuite.Run([name + ".scn"], RepositoryPaths.Golden, [new KernelFactoryHost("fake", () => new FakeKernel())], output, error);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Golden, name + ".expected")), output.ToString() + error);
        Assert.Equal(int.Parse(exitLine.Groups[1].Value), exit);
    }

    [GeneratedRegex(@"^# exit: (\d)$")]
    private static partial Regex ExitLine();
}
