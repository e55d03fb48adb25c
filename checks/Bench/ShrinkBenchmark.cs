using System.Diagnostics;
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

            var clock = Stopwatch.StartNew();
            var result = TraceShrinker.Shrink(TraceFile.From(outcome), runs);
            var row = new ShrinkRow(entry.Bug.Name, outcome.Failure.SpecId, result.Before.Steps, result.After.Steps,
                result.Before.Executed.Preemptions, result.After.Executed.Preemptions, result.Before.Operations, result.After.Operations,
                result.CandidateRuns, clock.Elapsed.TotalSeconds);
            progress($"shrink: {entry.Bug.Name}: {row.StepsBefore} -> {row.StepsAfter} steps");
            rows.Add(row);
        }

        return rows;
    }
}
