using VmoKernel.Checks.Report;
using VmoKernel.Checks.Report.Site;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// <c>--results DIR</c>: each file is read by its shape (JUnit, TRX, explore summary, prove and mutant
/// output) and every kind of check gets its verdict from the right one; a twin that is caught is green.
/// </summary>
public sealed class RunResultsTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("results-");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private RunResults ReadSample()
    {
        Write("tests.xml", """
            <testsuites><testsuite name="t">
              <testcase classname="Fixture.Tests.FixtureTests" name="Fixture.Tests.FixtureTests.ChecksBoth" />
              <testcase classname="Fixture.Tests.FixtureTests" name="HoldsForAll(x: 1)"><failure message="no" /></testcase>
              <testcase classname="Fixture.Tests.FixtureTests" name="HoldsForAll(x: 2)" />
              <testcase classname="VmoKernel.Tests.Scenario.ConformanceScenarioTests" name="ScenarioPassesOnTheModel(file: &quot;scenarios/fixture.scn&quot;, scenario: &quot;a fresh VMO reads zeros&quot;)" />
              <testcase classname="VmoKernel.Tests.Scenario.ConformanceScenarioTests" name="ScenarioPassesOnTheModel(file: &quot;scenarios/fixture.scn&quot;, scenario: &quot;a scenario citing IDs&quot;···)"><failure /></testcase>
            </testsuite></testsuites>
            """);
        Write("model.trx", """
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
              <UnitTestResult testName="Fixture.Tests.FixtureTests.BreaksFix01" outcome="Failed" />
            </Results></TestRun>
            """);
        Write("explore.xml", """
            <testsuites><testsuite name="checks explore">
              <testcase classname="explore.ci" name="LockVersusReclaim" />
              <testcase classname="explore.ci" name="TransferVersusAccess"><failure type="INV-PIN-01" message="m" /></testcase>
              <testcase classname="explore.ci" name="LockVersusReclaim [UnlockDoubleDecrement]"><failure type="INV-DISC-07" message="m" /></testcase>
            </testsuite></testsuites>
            """);
        Write("summary.md", "| test | result | iterations | steps | seconds | it/s | steps/s |\n|---|---|---:|---:|---:|---:|---:|\n| OppositeTransfers [OppositeTransfersDeadlock] | ok | 1 | 1 | 0.1 | 1 | 1 |\n");
        Write("prove.log", "INV-PIN-01 reclaim: proved (0.41 s)\nINV-DISC-01 reclaim: counterexample (1.00 s)\n    state\nINV-RECLAIM-01 reclaim: unknown (timeout) (20.00 s)\n1 proved, 2 failed\n");
        Write("mutant-reclaim-ignores-pins.log", "INV-PIN-01 reclaim: counterexample (0.20 s)\n0 proved, 1 failed\n");
        Write("mutant-close-leaks-frames.log", "INV-MEM-02 handle_close: proved (0.20 s)\n1 proved, 0 failed\n");
        Write("notes.txt", "not a results file\n");
        return RunResultsReader.Read(_folder);
    }

    private static string Verdict(RunResults results, CheckKind kind, string name, string? reference = null, string id = "INV-FIX-01", string origin = "", string? obligation = null) =>
        results.VerdictFor(new Citation(id, kind, reference, name, origin), obligation) is var v ? $"{v.Outcome}: {v.Text}" : "";

    [Fact]
    public void EveryKindOfCheckGetsItsVerdictFromTheRightFile()
    {
        var results = ReadSample();
        Assert.Equal(["explore.xml", "model.trx", "mutant-close-leaks-frames.log", "mutant-reclaim-ignores-pins.log", "prove.log", "summary.md", "tests.xml"], results.Files);
        Assert.Equal("Pass: passed", Verdict(results, CheckKind.Fact, "x", "test:Fixture.Tests.FixtureTests.ChecksBoth"));
        Assert.Equal("Fail: 1 of 2 cases failed", Verdict(results, CheckKind.Property, "x", "test:Fixture.Tests.FixtureTests.HoldsForAll"));
        Assert.Equal("Fail: failed", Verdict(results, CheckKind.TwinTest, "x", "test:Fixture.Tests.FixtureTests.BreaksFix01"));
        Assert.Equal("NotRun: not in the results", Verdict(results, CheckKind.Fact, "x", "test:Fixture.Tests.FixtureTests.Absent"));
        Assert.Equal("Pass: passed", Verdict(results, CheckKind.Scenario, "fixture.scn#a fresh VMO reads zeros"));
        Assert.Equal("Fail: failed", Verdict(results, CheckKind.Scenario, "fixture.scn#a scenario citing IDs nobody defined"));
        Assert.Equal("NotRun: not in the results", Verdict(results, CheckKind.Scenario, "fixture.scn#a scenario citing nothing"));
        Assert.Equal("Pass: clean", Verdict(results, CheckKind.CoyoteTest, "LockVersusReclaim"));
        Assert.Equal("Fail: bug: INV-PIN-01", Verdict(results, CheckKind.CoyoteTest, "TransferVersusAccess"));
        Assert.Equal("Fail: fired in TransferVersusAccess", Verdict(results, CheckKind.Monitor, "PinnedPagesNeverMoveMonitor", id: "INV-PIN-01"));
        Assert.Equal("Pass: silent in 2 runs", Verdict(results, CheckKind.Monitor, "LocksNestMonitor", id: "INV-DISC-07"));
        Assert.Equal("Pass: found (INV-DISC-07)", Verdict(results, CheckKind.SeededBug, "UnlockDoubleDecrement", id: "INV-DISC-07"));
        Assert.Equal("Fail: not found", Verdict(results, CheckKind.SeededBug, "OppositeTransfersDeadlock", id: "LIVE-02"));
        Assert.Equal("Pass: proved (0.41 s)", Verdict(results, CheckKind.Proof, "p", obligation: "INV-PIN-01 reclaim"));
        Assert.Equal("Fail: counterexample (1.00 s)", Verdict(results, CheckKind.Proof, "p", obligation: "INV-DISC-01 reclaim"));
        Assert.Equal("Unknown: unknown (timeout) (20.00 s)", Verdict(results, CheckKind.Proof, "p", obligation: "INV-RECLAIM-01 reclaim"));
        Assert.Equal("Pass: refuted", Verdict(results, CheckKind.Mutant, "reclaim-ignores-pins"));
        Assert.Equal("Fail: survived", Verdict(results, CheckKind.Mutant, "close-leaks-frames"));
    }

    [Fact]
    public void TheFixtureSiteShowsTheLastVerdictBesideEachCheck()
    {
        using var fixture = new ReportFixture();
        var results = ReadSample();
        var matrix = TraceabilityReport.Build(fixture.Root, [new ScenarioCitations(), new TestCitations()]);
        var site = fixture.PathOf("site");
        SiteWriter.Write(new SiteContext(fixture.Root, matrix, results), site);
        var area = File.ReadAllText(Path.Combine(site, "area.html"));
        Assert.Contains("<th>last run</th>", area, StringComparison.Ordinal);
        Assert.Contains("<span class=\"fail\">1 of 2 cases failed</span>", area, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pass\">passed</span>", area, StringComparison.Ordinal);
        Assert.Contains("Z3 obligations proved in the last run</td><td>1 of ", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        Assert.Empty(SiteAudit.Check(site));
    }

    [Fact]
    public void AMalformedResultsFileIsOneErrorLine()
    {
        Write("broken.xml", "<testsuites><testcase");
        using var fixture = new ReportFixture();
        var (code, _, stderr) = CliProcess.Run("report", "--repo", fixture.Root, "--html", fixture.PathOf("site"), "--results", _folder);
        Assert.Equal(2, code);
        Assert.StartsWith($"error: {Path.Combine(_folder, "broken.xml")}: not well-formed XML: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
