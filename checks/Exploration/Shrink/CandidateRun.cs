using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// One run of a candidate schedule: the failure it ended in (null: none), the schedule Coyote actually
/// executed (the candidate's applicable prefix and whatever its continuation added), and what a reader of
/// the step log sees: the syscalls the harness made and the number of log lines.
/// </summary>
public sealed record CandidateRun(ExplorationFailure? Failure, CoyoteSchedule Executed, int Operations, int LogLines)
{
    /// <summary>Scheduling and value choices the run made.</summary>
    public int Steps => Executed.Steps.Count;

    /// <summary>Shorter first, then fewer context switches, then fewer syscalls.</summary>
    public bool IsSmallerThan(CandidateRun other) =>
        (Steps, Executed.ContextSwitches, Operations).CompareTo((other.Steps, other.Executed.ContextSwitches, other.Operations)) < 0;
}
