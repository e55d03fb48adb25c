using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>One exploration run: a harness, the seeded bugs switched on, and the profile settings it runs under.</summary>
public sealed record ExplorationRequest(
    ExplorationHarness Harness,
    IReadOnlyList<string> SeededBugs,
    ExplorationProfile Profile,
    ExplorationBudget Budget)
{
    public HarnessSettings Settings => new(SeededBugs);
}
