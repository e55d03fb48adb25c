using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>What one exploration run asks of a harness: the seeded bugs switched on (none for a clean run).</summary>
public sealed record HarnessSettings(IReadOnlyList<string> SeededBugs)
{
    /// <summary>The switches as the kernel takes them; names were checked against the catalog when the run was planned.</summary>
    public SeededBugSet Bugs => SeededBugSet.Of([.. SeededBugs.Select(Enum.Parse<SeededBug>)]);
}
