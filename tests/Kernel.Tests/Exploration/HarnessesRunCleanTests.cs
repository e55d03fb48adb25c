using VmoKernel.Checks.Exploration.Harnesses;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>With every seeded bug off, no harness finds a bug under the <c>smoke</c> profile's small budget.</summary>
public sealed class HarnessesRunCleanTests() : ExplorationTest("smoke")
{
    public static TheoryData<string> Harnesses() => [.. HarnessCatalog.All.Select(h => h.Name)];

    [Theory]
    [Trait("spec", "REF-01")]
    [Trait("spec", "REF-02")]
    [Trait("spec", "LIVE-01")]
    [MemberData(nameof(Harnesses))]
    public void HarnessFindsNoBugWithEverySeededBugOff(string test)
    {
        var outcome = ExploreClean(test);

        Assert.Null(outcome.Failure);
        Assert.Equal(Profile.Tests.Single(t => t.Test == test).Budget.Iterations, outcome.Iterations);
        Assert.True(outcome.Steps > outcome.Iterations, $"{test} took {outcome.Steps} steps in {outcome.Iterations} iterations");
    }
}
