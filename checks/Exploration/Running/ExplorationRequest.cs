using VmoKernel.Checks.Exploration.Coverage;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// One exploration run: a harness, the seeded bugs switched on, and the profile settings it runs under;
/// for replays and shrinking, also the explicit workload to make and a recorder of the workload made; for
/// <c>explore --coverage</c>, the coverage under concurrency to add this run's calls to.
/// </summary>
public sealed record ExplorationRequest(
    ExplorationHarness Harness,
    IReadOnlyList<string> SeededBugs,
    ExplorationProfile Profile,
    ExplorationBudget Budget,
    ExplicitWorkload? Workload = null,
    WorkloadRecorder? Recorder = null,
    ConcurrencyCoverage? Coverage = null)
{
    /// <summary>
    /// The harness settings of this run. Coyote's depth-first search bounds the first steps of a schedule: with an
    /// atomic start those steps choose among every actor at once and no small bound can be exhausted, so the
    /// <c>dfs</c> strategy keeps the start's creations in the schedule, where actors become enabled one at a time.
    /// </summary>
    public HarnessSettings Settings => new(SeededBugs, Workload, Recorder, StartInSchedule: Profile.Strategy == ExplorationStrategy.Dfs);
}
