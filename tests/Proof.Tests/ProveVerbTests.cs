using VmoKernel.Checks.Proofs;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Proof;

/// <summary>The `checks prove` CLI contract of issue 6.</summary>
public sealed class ProveVerbTests
{
    [Fact]
    public void ListMutantsPrintsOneMutantPerLineNameFirst()
    {
        var (code, stdout, _) = Run("prove", "--list-mutants");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(MutantCatalog.All.Select(m => m.Name), lines.Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void ProvingOneInvariantPrintsEachObligationAndTheSummary()
    {
        var (code, stdout, _) = Run("prove", "--invariant", "INV-RANGE-01");
        Assert.Equal(0, code);
        Assert.Matches(@"INV-RANGE-01 range_check: proved \(\d+\.\d\d s\)", stdout);
        Assert.EndsWith("2 proved, 0 failed", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMutantIsReportedAsACounterexampleAndExitsOne()
    {
        var (code, stdout, _) = Run("prove", "--mutant", "range-check-overflowing-addition");
        Assert.Equal(1, code);
        Assert.Contains("INV-RANGE-01 range_check: counterexample", stdout, StringComparison.Ordinal);
        Assert.Contains("passes=yes", stdout, StringComparison.Ordinal);
        Assert.EndsWith("0 proved, 1 failed", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mutant", "no-such-mutant", "error: unknown mutant 'no-such-mutant'")]
    [InlineData("--invariant", "INV-NOPE-01", "error: unknown invariant ID 'INV-NOPE-01'")]
    public void UnknownNamesAreUsageErrors(string option, string value, string message)
    {
        var (code, _, stderr) = Run("prove", option, value);
        Assert.Equal(2, code);
        Assert.StartsWith(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliProcess.Run(args);
}
