using System.Reflection;
using VmoKernel.Abi;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exhaust;
using VmoKernel.Model;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Exhaust;

/// <summary>
/// Every seeded model bug is found by <c>exhaust --config small</c> under the spec ID its <c>[Breaks]</c>
/// declares, with a shortest path of three or more calls, written as a scenario that fails with the same
/// spec ID under <c>checks scenario --model-bug</c> and passes on the correct model with every invariant checked.
/// </summary>
public sealed class ModelBugTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("exhaust-bugs-");

    public static TheoryData<string> Bugs => [.. ModelBugNames.All.Select(b => b.ToString())];

    [Theory]
    [MemberData(nameof(Bugs))]
    public void SmallFindsTheBugWithAShortestScenarioThatReproducesIt(string bug)
    {
        var config = ExhaustConfigFile.LoadNearest("small");
        var run = new ExhaustRun(config, new ExhaustLimits(MaxDepth: 8), ModelBugNames.Parse(bug), _folder);
        using var output = new StringWriter();
        var outcome = run.Execute(output, TextWriter.Null, terminal: false);

        var violation = Assert.IsType<ExhaustViolation>(outcome.Violation);
        Assert.Equal(DeclaredBreaks(bug), violation.Id);
        Assert.InRange(violation.Depth, 3, 8);
        Assert.NotNull(run.ScenarioPath);
        var scenario = File.ReadAllText(run.ScenarioPath);
        Assert.Equal(violation.Depth, scenario.Split('\n').Count(l => l.Contains(" => ", StringComparison.Ordinal)));

        var (exit, text, _) = CliRunner.Run("scenario", run.ScenarioPath, "--model-bug", bug);
        Assert.Equal(ExitCode.Failed, exit);
        Assert.Contains($"InvariantBrokenException: {violation.Id}:", text);

        var (cleanExit, cleanText, _) = CliRunner.Run("scenario", run.ScenarioPath, "--invariants");
        Assert.True(cleanExit == ExitCode.Ok || !cleanText.Contains(violation.Id, StringComparison.Ordinal), cleanText);
    }

    [Fact]
    public void NoSeededBugIsOnInAFreshKernel()
    {
        Assert.Equal(ModelFaults.None, Model.State.KernelState.Fresh().Faults);
        Assert.True(ModelBugNames.All.Count() >= 6);
    }

    [Fact]
    public void AnUnknownModelBugIsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("exhaust", "--config", "small", "--model-bug", "NoSuchBug");
        Assert.Equal(ExitCode.UsageOrInput, exit);
        Assert.StartsWith("error: unknown model bug 'NoSuchBug' (known: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>The spec ID the fault's <see cref="BreaksAttribute"/> declares: the one the search must report.</summary>
    private static string? DeclaredBreaks(string bug) =>
        typeof(ModelFaults).GetField(bug)?.GetCustomAttribute<BreaksAttribute>()?.SpecId;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
