using System.Text.Json;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// Shrinks a saved trace: admits it like <c>replay</c> does (same build, known test and seeded bugs),
/// replays it to learn its executed schedule and spec ID, runs <see cref="ScheduleShrinker"/> within
/// a bounded number of candidate runs, and returns the smaller trace in the same file format,
/// checked once more through the replay path <c>checks replay</c> uses.
/// </summary>
public static class TraceShrinker
{
    // A run of a shrunk workload takes about 20 ms on an idle ci machine, so the wall-time bound is the usual limit.
    public const int DefaultMaxRuns = 2500;

    /// <summary>
    /// A safety net on wall time, well above what a shrink takes on an idle ci machine (under 35 s, bench --shrink-only):
    /// the result is decided by the runs alone, so a shrink on a loaded machine gives the same trace, only later.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(180);

    public static ShrinkResult Shrink(ExplorationTrace trace, int maxRuns = DefaultMaxRuns, bool force = false, TextWriter? warnings = null)
    {
        var request = TraceReplayer.Admit(trace, force: force, warnings: warnings);
        var specId = trace.SpecId
            ?? throw new Cli.InputException("trace has no spec ID (an unexpected exception): nothing to keep failing");
        var recorder = new WorkloadRecorder();
        var runner = new CandidateRunner(request with { Recorder = recorder }, maxRuns + 2, TimeBudget);
        var schedule = CoyoteSchedule.Parse(TraceFile.CoyoteTraceText(trace));
        var before = runner.Run(schedule, schedule.Continuation)!;
        if (before.Failure is null)
        {
            throw new NoLongerFailsException($"trace no longer fails: {trace.Test} ran to the end of its schedule without {specId}");
        }

        if (before.Failure.SpecId != specId)
        {
            throw new InvalidOperationException($"the trace does not reproduce {specId} (got: {before.Failure.Message})");
        }

        var essence = new WorkloadShrinker(runner, specId).Shrink(before, request.Workload ?? recorder.Workload, recorder.SetUpCalls);
        var after = WithoutValueDraws(runner, specId, new ScheduleShrinker(runner, specId).Shrink(essence));
        var shrunk = ToTrace(trace, after, runner.Request.Workload);

        // The result must replay exactly as 'checks replay' will run it.
        var check = ExplorationRunner.Replay(TraceReplayer.Admit(shrunk), TraceFile.CoyoteTraceText(shrunk), null);
        if (check.Failure?.Message != shrunk.Failure)
        {
            throw new InvalidOperationException($"the shrunk trace does not replay to its failure (got: {check.Failure?.Message ?? "no failure"})");
        }

        return new ShrinkResult(trace, before, shrunk, after, runner.Runs);
    }

    /// <summary>
    /// The last edit: once every call is named by the workload, the values the threads still draw (and
    /// ignore) are steps of no meaning, so the threads stop drawing and the schedule loses its value steps. Kept only
    /// when the run still fails the same way. A set-up that chooses (Generated's) stops drawing too, its choices being
    /// in the workload.
    /// </summary>
    private static CandidateRun WithoutValueDraws(CandidateRunner runner, string specId, CandidateRun best)
    {
        if (runner.Request.Workload is not { DrawsNoValues: false } workload || best.Executed.ValueChoices == 0)
        {
            return best;
        }

        var previous = runner.Request;
        runner.Request = previous with { Workload = workload.WithoutDrawing() };
        var candidate = best.Executed.WithSteps(best.Executed.Steps.Where(CoyoteSchedule.IsScheduling));
        if (runner.Run(candidate, Continuation.FirstChoices, pastDeadline: true) is { } run && run.Failure?.SpecId == specId && run.IsSmallerThan(best))
        {
            return run;
        }

        runner.Request = previous;
        return best;
    }

    private static ExplorationTrace ToTrace(ExplorationTrace original, CandidateRun run, ExplicitWorkload? workload)
    {
        using var parsed = JsonDocument.Parse(run.Executed.ToJson());
        var schedule = parsed.RootElement.Clone();
        return TraceFile.Sealed(original with
        {
            Release = BuildIdentity.Release,
            Configuration = BuildIdentity.Configuration,
            SourceDigest = BuildIdentity.SourceDigest,
            Failure = run.Failure!.Message,
            CoyoteTrace = schedule,
            Workload = workload,
        });
    }
}
