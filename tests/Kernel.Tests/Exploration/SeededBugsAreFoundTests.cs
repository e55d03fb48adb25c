using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Kernel;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The must-fail twins: under the <c>ci</c> profile every seeded kernel bug is found by the harness that
/// hunts it, the failure names exactly the spec ID the bug breaks, and the saved trace replays to the
/// same failure.
/// </summary>
[Collection(LongHuntCollection.Name)]
public sealed class SeededBugsAreFoundTests() : ExplorationTest("ci")
{
    public static TheoryData<string, string> SeededBugs()
    {
        var data = new TheoryData<string, string>();
        foreach (var bug in SeededBugCatalog.All)
        {
            data.Add(bug.Name, bug.Breaks);
        }

        return data;
    }

    [Fact]
    public void EverySeededBugOfTheKernelHasAHunter()
    {
        Assert.Equal(Enum.GetValues<SeededBug>().Order(), SeededBugCatalog.All.Select(b => b.Bug).Order());
    }

    [Theory]
    [MemberData(nameof(SeededBugs))]
    public void SeededBugIsFoundAndItsTraceReplays(string seededBug, string breaks)
    {
        var outcome = HuntSeededBug(seededBug);

        var (trace, log) = AssertFailsAndReplays(outcome, breaks);
        Assert.Equal([seededBug], trace.SeededBugs);
        Assert.Contains(log.Steps, step => step.Contains("linearized", StringComparison.Ordinal));
    }
}
