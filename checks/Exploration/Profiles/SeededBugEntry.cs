using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// One seeded bug as its declarations say: the kernel's switch, the spec ID its <c>[Breaks]</c> names,
/// and the harness whose <c>[Hunts]</c> names it.
/// </summary>
public sealed record SeededBugEntry(SeededBug Bug, string Breaks, ExplorationHarness Harness)
{
    /// <summary>The switch's name, as profiles, <c>--seeded-bug</c> and traces write it.</summary>
    public string Name => Bug.ToString();
}
