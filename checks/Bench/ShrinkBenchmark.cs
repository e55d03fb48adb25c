using System.Diagnostics;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Shrink;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// The shrink reduction figure: every seeded bug's trace from the <c>ci</c> profile shrunk with
/// at most <c>runs</c> candidate runs (and the shrinker's own wall-time bound); the average steps ratio is the figure.
/// </summary>
public static class ShrinkBenchmark
{
    public static IReadOnlyList<ShrinkRow> Run(ExplorationProfile ci, int runs, Action<string> progress)
    {
        var rows = new List<ShrinkRow>();
        foreach (var entry in ci.SeededBugs)
        {
            var outcome = ExplorationRunner.Explore(new ExplorationRequest(entry.Bug.Harness, [entry.Bug.Name], ci, entry.Budget));
            if (outcome.Failure?.SpecId is null)
            {
                progress($"shrink: {entry.Bug.Name}: not found under ci, skipped");
                continue;
            }

            rows.Add(Shrunk(entry.Bug.Name, outcome, runs, progress));
        }

        return rows;
    }

    /// <summary>
    /// What a developer shrinks after CI: the <c>Generated</c> harness's find of each bug in <paramref name="bugs"/> (the
    /// <c>ci</c> strategy and seed, at most <paramref name="iterations"/> iterations), shrunk like any trace. A bug it does
    /// not find with its own spec ID in that many iterations has no row.
    /// </summary>
    public static IReadOnlyList<ShrinkRow> RunGenerated(ExplorationProfile ci, int runs, uint iterations, IEnumerable<SeededBugEntry> bugs, Action<string> progress)
    {
        var generated = HarnessCatalog.Find("Generated");
        var rows = new List<ShrinkRow>();
        foreach (var bug in bugs)
        {
            var outcome = ExplorationRunner.Explore(new ExplorationRequest(generated, [bug.Name], ci, ExplorationBudget.OfIterations(iterations)));
            if (outcome.Failure?.SpecId != bug.Breaks)
            {
                progress($"shrink generated: {bug.Name}: not found with {bug.Breaks} in {outcome.Iterations} iterations, skipped");
                continue;
            }

            rows.Add(Shrunk(bug.Name, outcome, runs, progress));
        }

        return rows;
    }

    private static ShrinkRow Shrunk(string bug, ExplorationOutcome outcome, int runs, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        var result = TraceShrinker.Shrink(TraceFile.From(outcome), runs);
        var row = new ShrinkRow(bug, outcome.Failure!.SpecId!, result.Before.Steps, result.After.Steps,
            result.Before.Executed.Preemptions, result.After.Executed.Preemptions, result.Before.Operations, result.After.Operations,
            result.CandidateRuns, clock.Elapsed.TotalSeconds);
        progress($"shrink: {bug}: {row.StepsBefore} -> {row.StepsAfter} steps, {row.SyscallsBefore} -> {row.SyscallsAfter} calls");
        return row;
    }
}
