using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>One seeded bug: the kernel's switch, the spec ID it breaks, and the harness that hunts it.</summary>
public sealed record SeededBugEntry(SeededBug Bug, string Breaks, string Test)
{
    /// <summary>The switch's name, as profiles, <c>--seeded-bug</c> and traces write it.</summary>
    public string Name => Bug.ToString();
}
