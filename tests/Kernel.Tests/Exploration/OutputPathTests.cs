using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// Outputs of <c>explore</c> and <c>shrink</c>: checked before any work (exit 2, one line, no BUG line
/// lost after minutes of exploring), never overwritten without <c>--force</c>, traces given unique names.
/// </summary>
[Collection(ExplorationCollection.Name)]
public sealed class OutputPathTests
{
    private const string Bug = "DontNeedNotImmediate";

    [Fact]
    public void SummaryPointingAtAFolderIsRefusedBeforeExploring()
    {
        var folder = TempFolder.Create("vmo-reports-");

        var (code, stdout, stderr) = ExploreCommandTests.Run("explore", "--seeded-bug", Bug, "--summary", folder);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"error: --summary {folder} is a folder, not a file\n", stderr);
    }

    [Fact]
    public void ExistingJUnitFileIsKeptWithoutForceAndReplacedWithIt()
    {
        var junit = Path.Combine(TempFolder.Create("vmo-reports-"), "explore.xml");
        File.WriteAllText(junit, "kept");

        var refused = ExploreCommandTests.Run("explore", "--profile", "smoke", "--test", "PingPong", "--junit", junit);
        var forced = ExploreCommandTests.Run("explore", "--profile", "smoke", "--test", "PingPong", "--junit", junit, "--force");

        Assert.Equal(2, refused.Code);
        Assert.Equal("", refused.Stdout);
        Assert.Equal($"error: --junit {junit} already exists (pass --force to overwrite it)\n", refused.Stderr);
        Assert.Equal(0, forced.Code);
        Assert.StartsWith("<testsuites>", File.ReadAllText(junit), StringComparison.Ordinal);
    }

    [Fact]
    public void TraceFolderThroughAFileIsRefusedBeforeExploring()
    {
        var file = Path.Combine(TempFolder.Create("vmo-traces-"), "plain");
        File.WriteAllText(file, "");

        var (code, stdout, stderr) = ExploreCommandTests.Run("explore", "--seeded-bug", Bug, "--out", Path.Combine(file, "traces"));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: --out: cannot create folder ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondFindOfABugGetsItsOwnTraceAndTheSummaryShowsTheRaceAsADiagram()
    {
        var folder = TempFolder.Create("vmo-traces-");
        var summary = Path.Combine(folder, "summary.md");

        var first = ExploreCommandTests.Run("explore", "--seeded-bug", Bug, "--out", folder, "--summary", summary);
        var second = ExploreCommandTests.Run("explore", "--seeded-bug", Bug, "--out", folder);

        Assert.Equal(1, first.Code);
        Assert.Equal(1, second.Code);
        Assert.True(File.Exists(Path.Combine(folder, $"LocklessVersusReclaim.{Bug}.json")));
        Assert.True(File.Exists(Path.Combine(folder, $"LocklessVersusReclaim.{Bug}.2.json")));
        Assert.Matches(@"(?s)```mermaid\nsequenceDiagram\n.*Note over .*: FAILED INV-LOCKLESS-04: .*```", File.ReadAllText(summary));
    }

    [Fact]
    public void ShrinkRefusesToWriteOverTheTraceItShrinksOrAnExistingFile()
    {
        var folder = TempFolder.Create("vmo-traces-");
        Assert.Equal(1, ExploreCommandTests.Run("explore", "--seeded-bug", Bug, "--out", folder).Code);
        var trace = Path.Combine(folder, $"LocklessVersusReclaim.{Bug}.json");
        var other = Path.Combine(folder, "other.json");
        File.WriteAllText(other, "kept");

        var onItself = ExploreCommandTests.Run("shrink", trace, "--out", trace, "--force");
        var onOther = ExploreCommandTests.Run("shrink", trace, "--out", other);

        Assert.Equal(2, onItself.Code);
        Assert.Equal($"error: --out {trace} is the trace being shrunk; write the shrunk trace to another file\n", onItself.Stderr);
        Assert.Equal(2, onOther.Code);
        Assert.Equal("kept", File.ReadAllText(other));
    }
}
