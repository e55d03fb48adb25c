using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// Shortens a failing Coyote schedule while it still fails with the same spec ID. Every candidate is a
/// real run; a run is kept only when it fails with that ID and its executed schedule is smaller (fewer
/// steps, then fewer context switches, then fewer syscalls), so the result never grows. Four kinds of
/// edit, repeated while one helps and runs are left:
/// <list type="number">
/// <item>cutting the schedule at a point and letting a continuation finish it (the original strategy and
/// seed, other seeds, or first-choice <c>dfs</c>);</item>
/// <item>delta debugging (ddmin) over the harness's value choices, setting subsets to their first option
/// (operation 0 of each <c>Choose</c>: the simplest call, the first page);</item>
/// <item>ddmin over the context switches, letting the operation that reached the point go on instead;</item>
/// <item>ddmin over the steps themselves, deleting chunks of the schedule.</item>
/// </list>
/// Edited steps that no longer apply hand over to the continuation (<see cref="CandidateRunner"/>).
/// </summary>
public sealed class ScheduleShrinker(CandidateRunner runner, string specId)
{
    private CandidateRun _best = null!;
    private int _passLimit;

    private bool Left => runner.BudgetLeft && runner.Runs < _passLimit;

    public CandidateRun Shrink(CandidateRun original)
    {
        _best = original;
        var improved = true;
        while (improved && runner.BudgetLeft)
        {
            var before = _best;
            foreach (var pass in new Action[] { CutAndContinue, () => Ddmin(ValueChoiceIndices, CoyoteSchedule.FirstOption),
                () => Ddmin(ContextSwitchIndices, CoyoteSchedule.StayOnCurrent), DeleteChunks })
            {
                // No pass may take more than a quarter of what is left, so every kind of edit gets its turn.
                _passLimit = runner.Runs + Math.Max(runner.RunsLeft / 4, 8);
                pass();
            }

            improved = !ReferenceEquals(before, _best);
        }

        return _best;
    }

    private void CutAndContinue()
    {
        var seed = _best.Executed.Continuation.Seed;
        Continuation[] continuations =
        [
            Continuation.FirstChoices,
            _best.Executed.Continuation,
            .. Enumerable.Range(1, 2).Select(k => new Continuation("random", 0, seed + (uint)k)),
        ];
        foreach (var continuation in continuations)
        {
            var length = _best.Steps;
            for (var eighth = 0; eighth < 8 && Left; eighth++)
            {
                Try(_best.Executed.WithSteps(_best.Executed.Steps.Take(length * eighth / 8)), continuation);
            }
        }
    }

    /// <summary>
    /// ddmin (Zeller and Hildebrandt) over the positions <paramref name="positions"/> picks, applying
    /// <paramref name="edit"/> to a subset: try each chunk, then each chunk's complement, refine otherwise.
    /// After an accepted candidate the positions are taken afresh from the new, smaller schedule.
    /// </summary>
    private void Ddmin(Func<CoyoteSchedule, IReadOnlyList<int>> positions, Func<string, string> edit) =>
        Refine(positions, minimum: 1, withComplements: true,
            chosen => _best.Executed.WithSteps(_best.Executed.Steps.Select((step, i) => chosen.Contains(i) ? edit(step) : step)));

    /// <summary>Classic ddmin over the schedule: delete a chunk of steps, keep the rest.</summary>
    private void DeleteChunks() =>
        Refine(schedule => [.. Enumerable.Range(0, schedule.Steps.Count)], minimum: 2, withComplements: false,
            removed => _best.Executed.WithSteps(_best.Executed.Steps.Where((_, i) => !removed.Contains(i))));

    private void Refine(Func<CoyoteSchedule, IReadOnlyList<int>> positions, int minimum, bool withComplements, Func<HashSet<int>, CoyoteSchedule> candidate) =>
        DeltaDebugging.Reduce(() => positions(_best.Executed), minimum, withComplements, lastFirst: false,
            () => Left, subset => Try(candidate(subset.ToHashSet()), Continuation.FirstChoices));

    private bool Try(CoyoteSchedule candidate, Continuation continuation)
    {
        if (runner.Run(candidate, continuation) is not { } run || !SameFailure(run.Failure) || !run.IsSmallerThan(_best))
        {
            return false;
        }

        _best = run;
        return true;
    }

    private bool SameFailure(ExplorationFailure? failure) => failure?.SpecId == specId;

    private static IReadOnlyList<int> ValueChoiceIndices(CoyoteSchedule schedule) =>
        [.. schedule.Steps.Select((step, i) => (step, i))
            .Where(s => !CoyoteSchedule.IsScheduling(s.step) && !CoyoteSchedule.IsFirstOption(s.step)).Select(s => s.i)];

    private static IReadOnlyList<int> ContextSwitchIndices(CoyoteSchedule schedule) =>
        [.. schedule.Steps.Select((step, i) => (step, i))
            .Where(s => CoyoteSchedule.IsScheduling(s.step) && CoyoteSchedule.Current(s.step) != CoyoteSchedule.Next(s.step)).Select(s => s.i)];
}
