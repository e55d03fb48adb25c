using VmoKernel.Checks.Report;
using VmoKernel.Checks.Report.Site;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// The reviewer's site (<c>checks report --html</c>) on the fixture repository: its pages byte for byte
/// against Report/Golden (UPDATE_GOLDEN=1 rewrites them), no broken link or empty table (and the audit
/// that says so catches both), and on the repository itself an entry for every spec ID.
/// </summary>
public sealed class SiteTests
{
    private static string WriteSite(ReportFixture fixture, RunResults? results = null)
    {
        var matrix = TraceabilityReport.Build(fixture.Root, [new ScenarioCitations(), new TestCitations()]);
        var folder = fixture.PathOf("out/site");
        SiteWriter.Write(new SiteContext(fixture.Root, matrix, results), folder);
        return folder;
    }

    [Theory]
    [InlineData("area.html", "site-area.html")]
    [InlineData("decisions.html", "site-decisions.html")]
    public void AFixturePageMatchesItsGoldenFile(string page, string golden)
    {
        using var fixture = new ReportFixture();
        var site = WriteSite(fixture);
        ReportGoldenTests.AssertGolden(golden, File.ReadAllText(Path.Combine(site, page)));
    }

    [Fact]
    public void TheFixtureSiteHasNoBrokenLinkAndNoEmptyTable()
    {
        using var fixture = new ReportFixture();
        var site = WriteSite(fixture);
        Assert.Empty(SiteAudit.Check(site));
        Assert.True(File.Exists(Path.Combine(site, "src", "spec", "area.md.html")));
        Assert.True(File.Exists(Path.Combine(site, "src", "scenarios", "fixture.scn.html")));
    }

    [Fact]
    public void TheAuditReportsABrokenLinkABrokenAnchorAndAnEmptyTable()
    {
        using var fixture = new ReportFixture();
        var site = WriteSite(fixture);
        var index = Path.Combine(site, "index.html");
        File.WriteAllText(index, File.ReadAllText(index).Replace("</main>",
            "<a href=\"nowhere.html\">x</a><a href=\"area.html#INV-FIX-99\">y</a><table><thead><tr><th>h</th></tr></thead><tbody></tbody></table></main>",
            StringComparison.Ordinal));
        var problems = SiteAudit.Check(site);
        Assert.Equal(3, problems.Count);
        Assert.Contains("index.html: broken link nowhere.html", problems);
        Assert.Contains("index.html: broken anchor area.html#INV-FIX-99", problems);
        Assert.Single(problems, p => p.StartsWith("index.html: empty table", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEntryWithNoCheckSaysSoInsteadOfShowingAnEmptyTable()
    {
        using var fixture = new ReportFixture();
        var page = File.ReadAllText(Path.Combine(WriteSite(fixture), "area.html"));
        var entry = page[page.IndexOf("id=\"INV-FIX-03\"", StringComparison.Ordinal)..];
        entry = entry[..entry.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("No check cites this entry.", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverageAndMutationSayNotMeasuredYetUntilTheirDocumentsExist()
    {
        using var fixture = new ReportFixture();
        var site = WriteSite(fixture);
        Assert.Contains("Not measured yet: docs/coverage.md does not exist.", File.ReadAllText(Path.Combine(site, "coverage.html")), StringComparison.Ordinal);
        Assert.Contains("Not measured yet: docs/mutation.md does not exist.", File.ReadAllText(Path.Combine(site, "mutation.html")), StringComparison.Ordinal);

        Directory.CreateDirectory(fixture.PathOf("docs"));
        File.WriteAllText(fixture.PathOf("docs/coverage.md"), "# Coverage\n\n| ID | calls reached |\n|---|---|\n| INV-FIX-01 | zx_vmo_read: ZX_OK |\n| INV-FIX-02 | none |\n");
        site = WriteSite(fixture);
        Assert.Contains("<td>zx_vmo_read: ZX_OK</td>", File.ReadAllText(Path.Combine(site, "coverage.html")), StringComparison.Ordinal);
        var area = File.ReadAllText(Path.Combine(site, "area.html"));
        var first = area[area.IndexOf("id=\"INV-FIX-01\"", StringComparison.Ordinal)..area.IndexOf("id=\"INV-FIX-02\"", StringComparison.Ordinal)];
        Assert.Contains("<td>zx_vmo_read: ZX_OK</td>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>none</td>", first, StringComparison.Ordinal);
        Assert.Empty(SiteAudit.Check(site));
    }

    [Fact]
    public void TheRepositorySiteHasAnEntryWithStatementSourceAndChecksForEverySpecId()
    {
        var matrix = TraceabilityReport.Build(RepositoryPaths.Root, TraceabilityReport.AllSources());
        var folder = TempFolder.Create("site-");
        try
        {
            SiteWriter.Write(new SiteContext(RepositoryPaths.Root, matrix, null), folder);
            Assert.Empty(SiteAudit.Check(folder));
            foreach (var row in matrix.Rows)
            {
                var page = File.ReadAllText(Path.Combine(folder, AreaPage.FileName(AreaPage.Stem(row.Entry.File))));
                var at = page.IndexOf($"<section class=\"entry\" id=\"{row.Entry.Id}\">", StringComparison.Ordinal);
                Assert.True(at >= 0, $"{row.Entry.Id} has no entry");
                var entry = page[at..page.IndexOf("</section>", at, StringComparison.Ordinal)];
                Assert.Matches("<p class=\"statement\">[^<]", entry);
                Assert.Matches("<dt>source</dt><dd>.", entry);
                Assert.Contains($"--filter spec={row.Entry.Id}", entry, StringComparison.Ordinal);
                Assert.Contains("<table class=\"checks\">", entry, StringComparison.Ordinal);
                Assert.DoesNotMatch("<td></td>", entry);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheReportVerbWritesTheSiteAndRefusesResultsWithoutIt()
    {
        using var fixture = new ReportFixture();
        var (code, stdout, _) = CliProcess.Run("report", "--repo", fixture.Root, "--html", fixture.PathOf("site"));
        Assert.Equal(1, code); // the fixture has gaps on purpose; the site is still written
        Assert.Contains($"site: ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(fixture.PathOf("site/index.html")));

        var (resultsCode, _, error) = CliProcess.Run("report", "--repo", fixture.Root, "--results", fixture.Root);
        Assert.Equal((2, "error: --results needs --html DIR (the results are shown on the site)\n"), (resultsCode, error));

        var (missingCode, _, missing) = CliProcess.Run("report", "--repo", fixture.Root, "--html", fixture.PathOf("site"), "--results", fixture.PathOf("nowhere"));
        Assert.Equal((2, $"error: --results: no folder {fixture.PathOf("nowhere")}\n"), (missingCode, missing));
    }
}
