using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>One seeded bug hunted for the same wall time by Coyote and by uncontrolled stress.</summary>
public sealed record StressRow(string SeededBug, string SpecId, ExplorationOutcome Coyote, StressOutcome Stress)
{
    /// <summary>Coyote found the bug's own spec ID.</summary>
    public bool CoyoteFound => Coyote.Failure?.SpecId == SpecId;

    /// <summary>Stress found the bug's own spec ID (a hang counts for a liveness ID).</summary>
    public bool StressFound => Stress.SpecId == SpecId;
}
