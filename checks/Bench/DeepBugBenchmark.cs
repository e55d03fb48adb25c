using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// The deep seeded bugs (those hunted by the harnesses of <c>Harnesses/Deep</c>, issue 16) under Coyote's random,
/// PCT and portfolio strategies and under uncontrolled stress, each for the same wall time per run, each run
/// stopping at its first failure. Coyote's runs take the <c>ci</c> profile with seeds <c>seed, seed+1, ...</c>;
/// stress runs have no seed to set (an ordinary random generator and the thread pool), so they are simply repeated.
/// </summary>
public static class DeepBugBenchmark
{
    public const string Stress = "stress";

    public static IReadOnlyList<(ExplorationStrategy Strategy, uint? Bound)> Strategies { get; } =
    [
        (ExplorationStrategy.Random, null),
        (ExplorationStrategy.Prioritization, 10),
        (ExplorationStrategy.Portfolio, null),
    ];

    /// <summary>The seeded bugs whose hunting harness is one of the deep ones.</summary>
    public static IEnumerable<SeededBugEntry> DeepBugs =>
        SeededBugCatalog.All.Where(b => b.Harness.GetType().Namespace == typeof(Exploration.Harnesses.Deep.DontNeedVersusRelockHarness).Namespace);

    public static IReadOnlyList<DeepBugCell> Run(ExplorationProfile ci, int runs, double seconds, Action<string> progress)
    {
        var cells = new List<DeepBugCell>();
        var budget = new ExplorationBudget(null, (uint)Math.Ceiling(seconds));
        foreach (var bug in DeepBugs)
        {
            foreach (var (strategy, bound) in Strategies)
            {
                var outcomes = Enumerable.Range(0, runs).Select(k =>
                {
                    var profile = ci with { Strategy = strategy, StrategyBound = bound, Seed = ci.Seed + (uint)k };
                    var outcome = ExplorationRunner.Explore(new ExplorationRequest(bug.Harness, [bug.Name], profile, budget));
                    return (outcome.Failure?.SpecId == bug.Breaks, (long)outcome.Iterations, outcome.Elapsed.TotalSeconds);
                }).ToList();
                cells.Add(Report(DeepBugCell.Of(bug.Name, bug.Breaks, FirstBugBenchmark.Name(strategy), outcomes), progress));
            }

            var stress = Enumerable.Range(0, runs).Select(_ =>
            {
                var outcome = UncontrolledStress.Run(bug.Harness, new HarnessSettings([bug.Name]), TimeSpan.FromSeconds(seconds));
                return (outcome.SpecId == bug.Breaks, (long)outcome.Iterations, outcome.Elapsed.TotalSeconds);
            }).ToList();
            cells.Add(Report(DeepBugCell.Of(bug.Name, bug.Breaks, Stress, stress), progress));
        }

        return cells;
    }

    private static DeepBugCell Report(DeepBugCell cell, Action<string> progress)
    {
        progress($"deep bug: {cell.SeededBug} under {cell.Strategy}: {cell.Found}/{cell.Runs} found ({cell.TotalIterations} iterations)");
        return cell;
    }
}
