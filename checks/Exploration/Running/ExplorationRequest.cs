using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// One exploration run: a harness, the seeded bugs switched on, and the profile settings it runs under;
/// for replays and shrinking, also the explicit workload to make and a recorder of the workload made.
/// </summary>
public sealed record ExplorationRequest(
    ExplorationHarness Harness,
    IReadOnlyList<string> SeededBugs,
    ExplorationProfile Profile,
    ExplorationBudget Budget,
    ExplicitWorkload? Workload = null,
    WorkloadRecorder? Recorder = null)
{
    public HarnessSettings Settings => new(SeededBugs, Workload, Recorder);
}
