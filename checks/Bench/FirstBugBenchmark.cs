using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// Iterations and seconds to the first bug, per strategy and seeded bug: the <c>ci</c> profile's harness
/// and budget for the bug, run under each strategy with seeds <c>seed, seed+1, ...</c>; the median is over
/// the seeds that found it (how many did is reported beside it).
/// </summary>
public static class FirstBugBenchmark
{
    public static IReadOnlyList<(ExplorationStrategy Strategy, uint? Bound)> Strategies { get; } =
    [
        (ExplorationStrategy.Random, null),
        (ExplorationStrategy.Probabilistic, 3),
        (ExplorationStrategy.Prioritization, 10),
        (ExplorationStrategy.Portfolio, null),
    ];

    public static IReadOnlyList<FirstBugCell> Run(ExplorationProfile ci, int seeds, Action<string> progress)
    {
        var cells = new List<FirstBugCell>();
        // The bugs the ci profile hunts, under its budgets: coyote.json is the one place a budget is written.
        foreach (var (bug, budget) in ci.SeededBugs)
        {
            var harness = bug.Harness;
            foreach (var (strategy, bound) in Strategies)
            {
                var outcomes = Enumerable.Range(0, seeds).Select(k =>
                {
                    var profile = ci with { Strategy = strategy, StrategyBound = bound, Seed = ci.Seed + (uint)k };
                    return ExplorationRunner.Explore(new ExplorationRequest(harness, [bug.Name], profile, budget));
                }).Where(o => o.Failure?.SpecId is not null).ToList();
                var cell = new FirstBugCell(bug.Name, Name(strategy), seeds, outcomes.Count,
                    Median(outcomes.Select(o => (double)o.Iterations)), Median(outcomes.Select(o => o.Elapsed.TotalSeconds)), budget.ToString());
                progress($"first bug: {bug.Name} under {cell.Strategy}: {cell.Found}/{seeds} found");
                cells.Add(cell);
            }
        }

        return cells;
    }

    public static string Name(ExplorationStrategy strategy) => strategy switch
    {
        ExplorationStrategy.Prioritization => "PCT",
        _ => strategy.ToString().ToLowerInvariant(),
    };

    internal static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
