using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// <c>explore --seeded-bugs all</c> can only pass by finding what it hunts: a bug caught under another
/// spec ID, a bug missed, or a bug the profile does not hunt is a failure, and the out directory starts
/// empty so no earlier trace can stand in for this run's.
/// </summary>
public sealed class SeededBugHuntTests() : ExplorationTest("ci")
{
    private static readonly SeededBugEntry DiscardBug = SeededBugCatalog.Find(nameof(SeededBug.DiscardIgnoresConcurrentLock));

    [Fact]
    public void AFoundBugReplaysThreeTimesShrinksAndPasses()
    {
        var (verdict, output, folder) = Hunt(Profile, DiscardBug);

        Assert.Null(verdict.Problem);
        Assert.StartsWith($"ok   {DiscardBug.Name}: found INV-DISC-01", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, DiscardBug.Name, "shrunk.json")));
        Assert.EndsWith("1 passed, 0 failed\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ABugCaughtUnderAnotherSpecIdFails()
    {
        var claimsAnotherId = DiscardBug with { Breaks = "INV-DISC-07" };

        var (verdict, output, _) = Hunt(Profile, claimsAnotherId);

        Assert.StartsWith("caught as INV-DISC-01, not INV-DISC-07", verdict.Problem, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissedBugFails()
    {
        // Hunted by the ping-pong harness, which never touches a discardable VMO: the bug cannot show.
        var blind = DiscardBug with { Harness = HarnessCatalog.Find("PingPong") };
        var profile = Profile with { SeededBugs = [new ProfileSeededBug(blind, ExplorationBudget.OfIterations(3))] };

        var (verdict, _, _) = Hunt(profile, blind);

        Assert.StartsWith("missed: 3 iterations found no bug (expected INV-DISC-01)", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ABugTheProfileDoesNotHuntFails()
    {
        var (verdict, _, _) = Hunt(Profile with { SeededBugs = [] }, DiscardBug);

        Assert.Equal("not hunted: profile 'ci' has no budget for it", verdict.Problem);
    }

    [Fact]
    public void TheOutDirectoryIsEmptiedFirst()
    {
        var folder = TempFolder.Create("vmo-hunt-");
        var stale = Path.Combine(folder, DiscardBug.Name, "shrunk.json");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "an old run's trace");

        new SeededBugHunt(TextWriter.Null, folder, 5).Run(Profile with { SeededBugs = [] }, [DiscardBug]);

        Assert.False(File.Exists(stale));
    }

    private static (SeededBugHunt.Verdict Verdict, string Output, string Folder) Hunt(ExplorationProfile profile, SeededBugEntry bug)
    {
        var folder = TempFolder.Create("vmo-hunt-");
        using var output = new StringWriter();
        var verdict = Assert.Single(new SeededBugHunt(output, folder, 5).Run(profile, [bug]));
        return (verdict, output.ToString().Replace("\r", "", StringComparison.Ordinal), folder);
    }
}
