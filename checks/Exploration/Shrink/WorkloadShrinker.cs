using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// The two passes that find a failure's essence before the schedule surgery of <see cref="ScheduleShrinker"/>:
/// <list type="number">
/// <item><b>delete calls</b>: drop a whole user thread, then chunks of set-up calls (kept when the current
/// schedule, continued leniently, still fails the same way), then single operations (last first) from the
/// explicit workload, then single set-up calls (last first, so a handle's users go before its creation), keeping
/// a deletion when some schedule of the smaller workload still fails with the same spec ID (first the
/// current schedule continued leniently, then a short search);</item>
/// <item><b>fewest preemptions</b>: iterative context bounding as CHESS does it, searching the final
/// workload with PCT at 0, 1, 2 and 3 priority changes and keeping a failing schedule with fewer
/// preemptions (CHESS's finding: most bugs need at most two, and such a schedule is the readable one).</item>
/// </list>
/// Every search is a real bounded Coyote exploration, counted against the runner's budget.
/// </summary>
public sealed class WorkloadShrinker(CandidateRunner runner, string specId)
{
    // A deletion that changes the schedule needs a real search to find the race again: at 20 iterations most
    // deletions of unneeded calls were rejected (UnlockDoubleDecrement kept 7 calls), at 60 it keeps the 3 it needs.
    private const uint SearchIterations = 60;

    /// <summary>
    /// Moves <paramref name="original"/> (a run whose threads chose their operations) onto its recorded
    /// <paramref name="workload"/> and shrinks that; leaves the runner on the final workload. When no
    /// schedule of the workload fails the same way, returns the original and leaves the runner as it was.
    /// </summary>
    public CandidateRun Shrink(CandidateRun original, ExplicitWorkload workload, int setUpCalls)
    {
        if (Fails(workload, original) is not { } best)
        {
            return original;
        }
        for (var thread = 0; thread < workload.Threads.Count && runner.BudgetLeft; thread++)
        {
            if (workload.Threads[thread].Count > 0 && Fails(workload.WithoutThread(thread), best) is { } run)
            {
                (workload, best) = (workload.WithoutThread(thread), run);
            }
        }

        (workload, best) = DropSetUpChunks(workload, best, setUpCalls);
        for (var thread = 0; thread < workload.Threads.Count; thread++)
        {
            for (var operation = workload.Threads[thread].Count - 1; operation >= 0 && runner.BudgetLeft; operation--)
            {
                if (Fails(workload.Without(thread, operation), best) is { } run)
                {
                    (workload, best) = (workload.Without(thread, operation), run);
                }
            }
        }

        for (var call = setUpCalls - 1; call >= 0 && runner.BudgetLeft; call--)
        {
            if (!workload.SkipsSetUpCall(call) && Fails(workload.WithoutSetUpCall(call), best) is { } run)
            {
                (workload, best) = (workload.WithoutSetUpCall(call), run);
            }
        }

        runner.Request = runner.Request with { Workload = workload };
        for (uint bound = 0; bound <= 3 && runner.BudgetLeft; bound++)
        {
            if (Search(workload, ExplorationStrategy.Prioritization, bound) is { } run
                && (run.Executed.Preemptions, run.Steps).CompareTo((best.Executed.Preemptions, best.Steps)) < 0)
            {
                best = run;
            }
        }

        return best;
    }

    /// <summary>
    /// Deletes set-up calls a chunk at a time (ddmin without complements, later chunks first, since a handle's users come
    /// after its creation), keeping a deletion when the current schedule, continued leniently, still fails the same way.
    /// No search backs a chunk: a set-up that chooses (Generated's) makes tens of calls, most of them for objects the
    /// failure never touches, and a search for each would spend the budget before the calls that matter are reached.
    /// </summary>
    private (ExplicitWorkload Workload, CandidateRun Best) DropSetUpChunks(ExplicitWorkload workload, CandidateRun best, int setUpCalls)
    {
        DeltaDebugging.Reduce(() => [.. Enumerable.Range(0, setUpCalls).Where(call => !workload.SkipsSetUpCall(call))],
            minimum: 2, withComplements: false, lastFirst: true, () => runner.BudgetLeft, chunk =>
            {
                var candidate = workload.WithoutSetUpCalls(chunk);
                if (Replay(candidate, best) is not { } run || !FailsAsBefore(run))
                {
                    return false;
                }

                (workload, best) = (candidate, run);
                return true;
            });
        return (workload, best);
    }

    /// <summary>
    /// A run of <paramref name="workload"/> failing with the spec ID, or null; leaves the runner on the workload it found one for.
    /// When the current schedule does not fail that way a short search looks for one that does, unless the set-up itself
    /// failed: it runs before any client thread, so no other schedule gets past it.
    /// </summary>
    private CandidateRun? Fails(ExplicitWorkload workload, CandidateRun current)
    {
        var replayed = Replay(workload, current);
        if (FailsAsBefore(replayed))
        {
            return replayed;
        }

        if (HarnessSetUpException.Ended(replayed?.Failure))
        {
            return null;
        }

        var previous = runner.Request;
        runner.Request = previous with { Workload = workload };
        var run = Search(workload, ExplorationStrategy.Prioritization, 2);
        if (run is null)
        {
            runner.Request = previous;
        }

        return run;
    }

    /// <summary>
    /// The current schedule of <paramref name="workload"/>, continued leniently (null: the budget is spent); leaves the
    /// runner on that workload when the run fails with the spec ID.
    /// </summary>
    private CandidateRun? Replay(ExplicitWorkload workload, CandidateRun current)
    {
        var previous = runner.Request;
        runner.Request = previous with { Workload = workload };
        var run = runner.Run(current.Executed, Continuation.FirstChoices);
        if (!FailsAsBefore(run))
        {
            runner.Request = previous;
        }

        return run;
    }

    private bool FailsAsBefore(CandidateRun? run) => run?.Failure?.SpecId == specId;

    /// <summary>A short exploration of the workload; its first failure with the spec ID, replayed through the runner for its executed schedule.</summary>
    private CandidateRun? Search(ExplicitWorkload workload, ExplorationStrategy strategy, uint? bound)
    {
        if (!runner.BudgetLeft)
        {
            return null;
        }

        var request = runner.Request with
        {
            Workload = workload,
            Profile = runner.Request.Profile with { Strategy = strategy, StrategyBound = bound },
            // A small budget (a test's 60 runs) must not go to one search: each gets at most a sixteenth of what is left.
            Budget = ExplorationBudget.OfIterations(Math.Clamp((uint)runner.RunsLeft / 16, 1, SearchIterations)),
        };
        var outcome = ExplorationRunner.Explore(request);
        runner.Charge((int)outcome.Iterations);
        if (outcome.Failure?.SpecId != specId || outcome.ReproducibleTrace is null)
        {
            return null;
        }

        var schedule = CoyoteSchedule.Parse(outcome.ReproducibleTrace);
        return runner.Run(schedule, schedule.Continuation) is { } run && run.Failure?.SpecId == specId ? run : null;
    }
}
