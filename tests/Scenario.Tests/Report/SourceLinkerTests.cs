using VmoKernel.Checks.Report.Site;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// Citations in a source bullet become links to the repository's copies at the cited line, and
/// anything the repository does not hold stays text (a link to nothing would be a broken link).
/// </summary>
public sealed class SourceLinkerTests
{
    private static SourceLinker Linker(ReportFixture fixture) =>
        new(new SourceBundle(fixture.Root), id => id == "INV-FIX-01" ? "area.html#INV-FIX-01" : null,
            new HashSet<string> { "area" }, new HashSet<string> { "D-1" });

    [Fact]
    public void SeedsAndReferenceNotesLinkToTheRepositoryCopyAtTheCitedSection()
    {
        using var fixture = new ReportFixture();
        Directory.CreateDirectory(fixture.PathOf("docs/seeds"));
        Directory.CreateDirectory(fixture.PathOf("docs/reference"));
        File.WriteAllLines(fixture.PathOf("docs/seeds/001_x.txt"), ["Title", "", "Design", "text"]);
        File.WriteAllLines(fixture.PathOf("docs/reference/zircon-semantics.md"), ["# Notes", "## 5. other", "## 6. transfer"]);
        var html = Linker(fixture).Render("seeds/001_x.txt, \"Design\" (quote); reference/zircon-semantics.md §6, §7; decisions D-1, D-7; derived from INV-FIX-01 (area.md)");
        Assert.Equal(
            "<a href=\"src/docs/seeds/001_x.txt.html#L3\">seeds/001_x.txt, &quot;Design&quot;</a> (quote); "
            + "<a href=\"src/docs/reference/zircon-semantics.md.html#L3\">reference/zircon-semantics.md &#167;6</a>, &#167;7; "
            + "decisions <a href=\"decisions.html#D-1\">D-1</a>, D-7; derived from <a href=\"area.html#INV-FIX-01\">INV-FIX-01</a> "
            + "(<a href=\"area.html\">area.md</a>)",
            html);
        Assert.Equal("<a href=\"src/docs/seeds/001_x.txt.html#L3\">docs/seeds/001_x.txt, &quot;Design&quot;</a>",
            Linker(fixture).Render("docs/seeds/001_x.txt, \"Design\""));
    }

    [Fact]
    public void ACitationOfAFileTheRepositoryLacksStaysText()
    {
        using var fixture = new ReportFixture();
        Assert.Equal("seeds/009_gone.txt, &quot;Design&quot;; fuchsia: docs/reference/syscalls/bti_pin.md; INV-FIX-09",
            Linker(fixture).Render("seeds/009_gone.txt, \"Design\"; fuchsia: docs/reference/syscalls/bti_pin.md; INV-FIX-09"));
    }

    [Fact]
    public void ProseKeepsCodeAndEmphasisButNotAProductOrAWildcard()
    {
        Assert.Equal("<em>n</em> pages, M*N facts, ZX_ERR_* statuses, <code>a*b</code>, lockless.md",
            Html.Prose("*n* pages, M*N facts, ZX_ERR_* statuses, `a*b`, [lockless.md](lockless.md)", Html.Escape));
    }

    [Theory]
    [InlineData("The real kernel returns ZX_OK.", true)]
    [InlineData("none known.", false)]
    [InlineData("None: this is the real kernel's behaviour.", false)]
    [InlineData("Not applicable: this decision is the policy.", false)]
    public void ADecisionDivergesWhenItsDivergenceLineSaysWhatTheKernelDoesInstead(string divergence, bool diverges)
    {
        var decision = Assert.Single(DecisionEntry.ReadAll(["### D-4", "- decision: x", "- divergence: " + divergence.Split(' ')[0], "  " + string.Join(' ', divergence.Split(' ').Skip(1))]));
        Assert.Equal(divergence, decision.Get("divergence"));
        Assert.Equal(diverges, decision.Diverges);
    }
}
