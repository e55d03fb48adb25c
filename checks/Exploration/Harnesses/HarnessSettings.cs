using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// What one exploration run asks of a harness: the seeded bugs switched on (none for a clean run), the
/// workload to make instead of choosing operations under Coyote (null: choose), and where to write down
/// the workload made (null: nowhere). With <paramref name="SetUpInSchedule"/> the set-up's calls run in every
/// iteration's schedule; otherwise a harness whose set-up chooses nothing boots each iteration from an image of the
/// kernel its set-up left (<see cref="Boot.SetUpImages"/>), so its schedules hold only the clients' calls.
/// With <paramref name="StartInSchedule"/> the creations of an iteration's start are scheduling steps too (see
/// <see cref="ExplorationHarness.Start"/>).
/// </summary>
public sealed record HarnessSettings(
    IReadOnlyList<string> SeededBugs, ExplicitWorkload? Workload = null, WorkloadRecorder? Recorder = null, bool SetUpInSchedule = false,
    bool StartInSchedule = false)
{
    /// <summary>The switches as the kernel takes them; names were checked against the catalog when the run was planned.</summary>
    public SeededBugSet Bugs => SeededBugSet.Of([.. SeededBugs.Select(Enum.Parse<SeededBug>)]);
}
