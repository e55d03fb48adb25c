using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// Bad input to <c>checks report</c> is one line <c>error: ...</c> on stderr and exit 2, never a stack
/// trace. The expected lines are in Report/Golden/errors.txt, <c>&lt;repo&gt;</c> standing for the
/// temporary repository.
/// </summary>
public sealed class ReportErrorTests
{
    private static readonly Dictionary<string, string> Expected = File.ReadAllLines(
            Path.Combine(RepositoryPaths.Root, "tests", "Scenario.Tests", "Report", "Golden", "errors.txt"))
        .Where(l => l.Contains(" | ", StringComparison.Ordinal))
        .Select(l => l.Split(" | ", 2))
        .ToDictionary(p => p[0], p => p[1]);

    private static (int Code, string Stdout, string Stderr) Report(ReportFixture fixture, params string[] extra)
    {
        return CliProcess.Run(["report", "--repo", fixture.Root, .. extra]);
    }

    private static void AssertOneLine(string name, ReportFixture fixture, params string[] extra)
    {
        var (code, stdout, stderr) = Report(fixture, extra);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(Expected[name].Replace("<repo>", fixture.Root, StringComparison.Ordinal) + Environment.NewLine, stderr);
    }

    [Fact]
    public void AMissingSpecFolder()
    {
        using var fixture = new ReportFixture();
        Directory.Delete(fixture.PathOf("spec"), recursive: true);
        AssertOneLine("missing spec folder", fixture);
    }

    [Fact]
    public void AMissingRepository()
    {
        using var fixture = new ReportFixture();
        var (code, _, stderr) = CliProcess.Run("report", "--repo", fixture.PathOf("nowhere"));
        Assert.Equal(2, code);
        Assert.Equal(Expected["missing repository"].Replace("<repo>", fixture.Root, StringComparison.Ordinal) + "\n", stderr);
    }

    [Theory]
    [InlineData("a bullet out of order", "- kind: invariant", "- source: reading: swapped")]
    [InlineData("an unknown kind", "- kind: invariant", "- kind: theorem")]
    [InlineData("a stray line", "- source: reading: fixture", "- source: reading: fixture\nstray text")]
    [InlineData("a malformed ID", "### INV-FIX-01", "### INV-FIX-1")]
    [InlineData("a missing bullet", "- checks: (none yet)\n\n### INV-FIX-02", "\n### INV-FIX-02")]
    [InlineData("an ID defined twice", "### INV-FIX-03", "### INV-FIX-01")]
    public void AMalformedEntry(string name, string from, string to)
    {
        using var fixture = new ReportFixture();
        var path = fixture.PathOf("spec/area.md");
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
        AssertOneLine(name, fixture);
    }

    [Fact]
    public void AMalformedScenario()
    {
        using var fixture = new ReportFixture();
        File.AppendAllText(fixture.PathOf("scenarios/fixture.scn"), "scenario \"never ends\"\n  zx_vmo_create(1p, 0) => ZX_OK\n");
        AssertOneLine("malformed scenario", fixture);
    }

    [Fact]
    public void AnOutFileInAMissingFolder()
    {
        using var fixture = new ReportFixture();
        var (code, _, stderr) = Report(fixture, "--out", fixture.PathOf("no/such/dir/t.md"));
        Assert.Equal(2, code);
        Assert.Equal(Expected["missing out folder"].Replace("<repo>", fixture.Root, StringComparison.Ordinal) + Environment.NewLine, stderr);
    }
}
