using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exhaust;
using VmoKernel.Model.State;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Exhaust;

/// <summary>The search itself: bounded runs of the correct model stay clean, limits stop it and say so, bad configurations are input errors.</summary>
public sealed class ExhaustSearchTests
{
    [Fact]
    public void TheCorrectModelIsCleanToDepthFiveOfSmall()
    {
        var outcome = new BreadthFirstSearch(ExhaustConfigFile.LoadNearest("small"), new ExhaustLimits(MaxDepth: 5)).Run(KernelState.Fresh());

        Assert.Null(outcome.Violation);
        Assert.False(outcome.Exhausted);
        Assert.Equal("max depth 5", outcome.Stop);
        Assert.True(outcome.Distinct > 1000 && outcome.Generated > outcome.Distinct, $"{outcome.Distinct} distinct of {outcome.Generated}");
    }

    [Fact]
    public void SymmetryReductionStoresFewerStatesThanTheRawSpace()
    {
        var config = ExhaustConfigFile.LoadNearest("small");
        var reduced = new BreadthFirstSearch(config, new ExhaustLimits(MaxDepth: 4)).Run(KernelState.Fresh());
        var raw = new BreadthFirstSearch(config, new ExhaustLimits(MaxDepth: 4), symmetry: false).Run(KernelState.Fresh());

        Assert.True(reduced.Distinct < raw.Distinct, $"{reduced.Distinct} reduced, {raw.Distinct} raw");
    }

    [Fact]
    public void TheFinalLineSaysWhyTheSearchStopped()
    {
        var (exit, output, _) = CliRunner.Run("exhaust", "--config", "small", "--max-states", "50");

        Assert.Equal(ExitCode.Ok, exit);
        Assert.StartsWith("not exhausted: stopped by max states 50;", output.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void AnUnknownConfigIsAUsageErrorNamingTheKnownOnes()
    {
        var (exit, _, error) = CliRunner.Run("exhaust", "--config", "huge");

        Assert.Equal(ExitCode.UsageOrInput, exit);
        Assert.StartsWith("error: unknown config 'huge' in exhaust.json (known: small", error);
    }

    [Fact]
    public void AnUnknownCallInAConfigIsAnInputErrorWithItsPath()
    {
        var file = Path.Combine(TempFolder.Create("exhaust-config-"), "exhaust.json");
        File.WriteAllText(file, """{ "configs": { "c": { "bounds": { "processes": 1, "vmos": 1, "vmoHandlesPerProcess": 2, "pmts": 0, "mappings": 0, "locks": 1, "counters": 1 }, "calls": ["zx_vmo_frobnicate"] } } }""");

        var error = Assert.Throws<InputException>(() => ExhaustConfigFile.Load(file, "c"));
        Assert.StartsWith("exhaust.json: configs.c.calls: unknown call 'zx_vmo_frobnicate'", error.Message);
    }
}
