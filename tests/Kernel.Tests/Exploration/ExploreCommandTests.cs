using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>The CLI contract of <c>checks explore</c> and <c>checks replay</c>: exit codes and the lines users and CI read.</summary>
[Collection(ExplorationCollection.Name)]
public sealed class ExploreCommandTests
{
    [Fact]
    public void ListSeededBugsPrintsOneBugPerLineNameFirstThenTheInvariantThenItsHunter()
    {
        var (code, stdout, _) = Run("explore", "--list-seeded-bugs");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SeededBugCatalog.All.Count, lines.Length);
        foreach (var (line, bug) in lines.Zip(SeededBugCatalog.All))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(bug.Name, words[0]);
            Assert.Equal(bug.Breaks, words[1]);
            Assert.Equal(bug.Harness.Name, words[^1]);
        }
    }

    [Theory]
    [InlineData(new[] { "explore", "--profile", "nightly" }, "error: unknown profile 'nightly'")]
    [InlineData(new[] { "explore", "--test", "NoSuchHarness" }, "error: unknown test 'NoSuchHarness'")]
    [InlineData(new[] { "explore", "--seeded-bug", "NoSuchBug" }, "error: --seeded-bug: unknown seeded bug 'NoSuchBug'")]
    [InlineData(new[] { "replay", "no/such/trace.json" }, "error: trace file not found: no/such/trace.json")]
    [InlineData(new[] { "explore", "--seeded-bugs", "some" }, "error: --seeded-bugs: expected 'all', got 'some'")]
    [InlineData(new[] { "explore", "--seeded-bugs", "all", "--shard", "99/99" }, "error: --shard 99/99: no seeded bug falls in this shard")]
    [InlineData(new[] { "explore", "--seeded-bugs", "all", "--test", "PingPong" }, "error: --seeded-bugs: cannot be combined")]
    public void UsageErrorIsOneLineAndExitsTwo(string[] args, string expectedStart)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith(expectedStart, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void MalformedTraceIsRefusedWithOneLine()
    {
        var path = Path.Combine(TempFolder.Create("vmo-traces-"), "broken.json");
        File.WriteAllText(path, "{ \"format\": ");

        var (code, _, stderr) = Run("replay", path);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {path}:1:", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void CleanExplorationExitsZeroAndReportsRates()
    {
        var (code, stdout, _) = Run("explore", "--profile", "smoke", "--test", "PingPong");

        Assert.Equal(0, code);
        Assert.Matches(@"^ok   PingPong: 10 iterations, \d+ steps, .* it/s, \d+ steps/s\)", stdout);
    }

    [Fact]
    public void JUnitAndSummaryReportEveryRun()
    {
        var directory = TempFolder.Create("vmo-reports-");
        var junit = Path.Combine(directory, "explore.xml");
        var summary = Path.Combine(directory, "summary.md");

        var (code, _, _) = Run("explore", "--profile", "smoke", "--test", "PingPong", "--junit", junit, "--summary", summary);

        Assert.Equal(0, code);
        var suite = System.Xml.Linq.XDocument.Load(junit).Root!.Element("testsuite")!;
        Assert.Equal("1", suite.Attribute("tests")!.Value);
        Assert.Equal("0", suite.Attribute("failures")!.Value);
        Assert.Equal("PingPong", suite.Element("testcase")!.Attribute("name")!.Value);
        Assert.Contains("| PingPong | ok | 10 |", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliProcess.Run(args);
}
