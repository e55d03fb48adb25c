using VmoKernel.Tests.Kernel.Exploration;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Coverage;

/// <summary>
/// The CLI contract of <c>explore --coverage FILE [--require-overlap]</c>: the report is written, and the
/// overlap check fails (exit 1, naming the calls) when a harness leaves catalogue calls never overlapped.
/// </summary>
[Collection(ExplorationCollection.Name)]
public sealed class CoverageCommandTests
{
    [Fact]
    public void RequireOverlapFailsAndNamesTheCallsAHarnessNeverOverlaps()
    {
        var path = Path.Combine(TempFolder.Create("vmo-coverage-"), "coverage.md");

        var (code, stdout, _) = CliProcess.Run("explore", "--profile", "smoke", "--test", "PingPong", "--coverage", path, "--require-overlap");

        Assert.Equal(1, code);
        Assert.Matches(@"FAIL \d+ call record\(s\) never overlapped another call: .*zx_pmt_unpin", stdout);
        var report = File.ReadAllText(path);
        Assert.Contains("# Coverage under concurrency", report, StringComparison.Ordinal);
        Assert.Contains("## Actor activity (Coyote)", report, StringComparison.Ordinal);
        Assert.Contains("| `PingerActor` |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireOverlapWithoutACoverageFileIsAUsageError()
    {
        var (code, stdout, stderr) = CliProcess.Run("explore", "--test", "PingPong", "--require-overlap");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("error: --require-overlap: needs --coverage FILE", stderr.Trim());
    }

    [Fact]
    public void TheSummaryCarriesTheCoverageSection()
    {
        var path = Path.Combine(TempFolder.Create("vmo-coverage-"), "summary.md");

        var (code, _, _) = CliProcess.Run("explore", "--profile", "smoke", "--test", "PingPong", "--summary", path);

        Assert.Equal(0, code);
        Assert.Contains("## Coverage under concurrency", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
