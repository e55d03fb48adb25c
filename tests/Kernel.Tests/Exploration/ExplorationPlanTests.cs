using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>What one <c>explore</c> runs: the profile's harnesses clean, or one seeded bug's hunter; shards partition it.</summary>
public sealed class ExplorationPlanTests
{
    private readonly ExplorationProfile _ci = ProfileCatalog.LoadNearest().Find("ci");

    [Fact]
    public void WithoutSeededBugEveryProfileHarnessRunsClean()
    {
        var plan = ExplorationPlan.For(_ci, test: null, seededBug: null);

        Assert.Equal(_ci.Tests.Select(t => t.Test), plan.Select(r => r.Harness.Name));
        Assert.All(plan, r => Assert.Empty(r.SeededBugs));
    }

    [Fact]
    public void SeededBugRunsItsHunterWithTheProfileBudget()
    {
        var entry = _ci.SeededBugs[0];

        var run = Assert.Single(ExplorationPlan.For(_ci, test: null, seededBug: entry.Bug.Name));

        Assert.Same(entry.Bug.Harness, run.Harness);
        Assert.Equal([entry.Bug.Name], run.SeededBugs);
        Assert.Equal(entry.Budget, run.Budget);
    }

    [Fact]
    public void ShardsPartitionThePlan()
    {
        var plan = ExplorationPlan.For(_ci, test: null, seededBug: null);

        var shards = Enumerable.Range(1, 4).Select(k => ExplorationPlan.Shard(plan, $"{k}/4")).ToList();

        Assert.Equal(plan.Count, shards.Sum(s => s.Count));
        Assert.Equal(plan.Select(r => r.Harness.Name).Order(), shards.SelectMany(s => s).Select(r => r.Harness.Name).Order());
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public void MalformedShardIsAUsageError(string shard)
    {
        var error = Assert.Throws<InputException>(() => ExplorationPlan.Shard<ExplorationRequest>([], shard));

        Assert.Equal($"--shard: expected k/n with 1 <= k <= n, got '{shard}'", error.Message);
    }
}
