using VmoKernel.Checks.Exploration.Shrink;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// An iteration's start (monitors, kernel or booted image, user threads) is one step of the test's first
/// operation: Coyote records no choice while the test entry creates actors and sends them their start, so a
/// trace begins where the actors it started can first interleave.
/// </summary>
public sealed class AtomicStartTests() : ExplorationTest("ci")
{
    [Theory]
    [InlineData("DontNeedNotImmediate")]
    [InlineData("MlockCountsDroppable")]
    public void TheTestEntryMakesOneSchedulingStepHoweverManyActorsItStarts(string seededBug)
    {
        var outcome = HuntSeededBug(seededBug);

        Assert.True(outcome.FoundBug, $"no bug found in {outcome.Iterations} iterations");
        var steps = CoyoteSchedule.Parse(outcome.ReproducibleTrace!).Steps;
        var entry = CoyoteSchedule.Current(steps[0]);
        Assert.Single(steps, step => CoyoteSchedule.Current(step) == entry);
        Assert.NotEqual(entry, CoyoteSchedule.Next(steps[0]));
    }
}
