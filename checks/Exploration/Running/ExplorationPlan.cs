using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// The runs one <c>explore</c> makes: the profile's harnesses with every seeded bug off, or, given a
/// seeded bug, the harness that hunts it with that bug on and the profile's budget for finding it.
/// </summary>
public static class ExplorationPlan
{
    public static IReadOnlyList<ExplorationRequest> For(ExplorationProfile profile, string? test, string? seededBug)
    {
        if (seededBug is not null)
        {
            SeededBugCatalog.Find(seededBug);
            var entry = profile.SeededBugs.FirstOrDefault(b => b.Bug.Name == seededBug)
                ?? throw new InputException($"profile '{profile.Name}' has no budget for seeded bug '{seededBug}'");
            var harness = test is null ? entry.Bug.Harness : HarnessCatalog.Find(test);
            return [new ExplorationRequest(harness, [seededBug], profile, entry.Budget)];
        }

        if (test is not null)
        {
            var harness = HarnessCatalog.Find(test);
            var entry = profile.Tests.FirstOrDefault(t => t.Test == harness.Name)
                ?? throw new InputException($"profile '{profile.Name}' does not list test '{test}'");
            return [new ExplorationRequest(harness, [], profile, entry.Budget)];
        }

        return [.. profile.Tests.Select(t => new ExplorationRequest(HarnessCatalog.Find(t.Test), [], profile, t.Budget))];
    }

    /// <summary>
    /// Shard <c>k/n</c> (1-based) of a plan: every n-th run starting at the k-th, so n CI jobs given
    /// 1/n .. n/n together make exactly the plan, each run once.
    /// </summary>
    public static IReadOnlyList<T> Shard<T>(IReadOnlyList<T> plan, string shard)
    {
        var parts = shard.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var k) || !int.TryParse(parts[1], out var n) || n < 1 || k < 1 || k > n)
        {
            throw new InputException($"--shard: expected k/n with 1 <= k <= n, got '{shard}'");
        }

        return [.. plan.Where((_, index) => index % n == k - 1)];
    }
}
