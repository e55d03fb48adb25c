using VmoKernel.Checks.Report;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// The report's output on the fixture repository (Report/Fixture), compared byte for byte with
/// Report/Golden. Only the file-based sources (scenarios, test traits) read the fixture; the catalogs
/// in code cite the real spec and are covered by the run on the repository itself.
/// Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change (refused when CI is set).
/// </summary>
public sealed class ReportGoldenTests
{
    private static TraceabilityMatrix Matrix(ReportFixture fixture) =>
        TraceabilityReport.Build(fixture.Root, [new ScenarioCitations(), new TestCitations()]);

    /// <summary>Compares with Report/Golden/<paramref name="name"/>, or rewrites it under UPDATE_GOLDEN=1.</summary>
    internal static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Scenario.Tests", "Report", "Golden", name);
        if (GoldenUpdate.Requested())
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void TheTerminalMatrixMatchesItsGoldenFile()
    {
        using var fixture = new ReportFixture();
        AssertGolden("report.txt", MatrixText.Render(Matrix(fixture)));
    }

    [Fact]
    public void TheMarkdownMatchesItsGoldenFile()
    {
        using var fixture = new ReportFixture();
        AssertGolden("traceability.md", MatrixMarkdown.Render(Matrix(fixture)));
    }

    [Fact]
    public void EveryKindOfProblemIsOneLine()
    {
        using var fixture = new ReportFixture();
        string[] expected =
        [
            "INV-FIX-02: invariant with no must-fail twin",
            "INV-FIX-03: no check",
            "spec/area.md:27: INV-FIX-03: source cites unknown decision D-7",
            "scenarios/fixture.scn#\"a scenario citing IDs nobody defined\": cites unknown ID INV-FIX-09",
            "scenarios/fixture.scn#\"a scenario citing IDs nobody defined\": cites unknown ID D-99",
            "tests/FixtureTests.cs:21: trait spec=INV-FIX-03 is on method NotATest, which is not a [Fact], [Theory] or [Property]",
        ];
        Assert.Equal(string.Join('\n', expected), string.Join('\n', Matrix(fixture).Problems));
    }

    [Fact]
    public void UpdateSpecRewritesOnlyStaleChecksBulletsAndThenNothingIsStale()
    {
        using var fixture = new ReportFixture();
        var before = File.ReadAllLines(fixture.PathOf("spec/area.md"));
        var matrix = Matrix(fixture);
        Assert.Equal(["INV-FIX-01", "INV-FIX-02"], matrix.Stale.Select(r => r.Entry.Id));
        Assert.Equal(2, SpecChecksBullets.Update(fixture.Root, matrix));

        var after = File.ReadAllLines(fixture.PathOf("spec/area.md"));
        Assert.Empty(Matrix(fixture).Stale);
        Assert.Equal(before.Length - 1, after.Length);
        Assert.Contains("- checks: scenario:scenarios/fixture.scn, test:Fixture.Tests.FixtureTests.BreaksFix01, test:Fixture.Tests.FixtureTests.ChecksBoth", after);
        Assert.Contains("- checks: test:Fixture.Tests.FixtureTests.ChecksBoth, test:Fixture.Tests.FixtureTests.HoldsForAll", after);
        Assert.Equal(before.Where(l => !l.StartsWith("- checks:", StringComparison.Ordinal) && !l.StartsWith("  scenario:", StringComparison.Ordinal)),
            after.Where(l => !l.StartsWith("- checks:", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheRepositoryReportListsEverySpecIdWithAtLeastOneCheck()
    {
        var matrix = TraceabilityReport.Build(RepositoryPaths.Root, TraceabilityReport.AllSources());
        var ids = SpecCatalog.Read(RepositoryPaths.Root).Entries.Select(e => e.Id);
        Assert.Equal(ids, matrix.Rows.Select(r => r.Entry.Id));
        Assert.DoesNotContain(matrix.Problems, p => p.EndsWith(": no check", StringComparison.Ordinal));
    }
}
