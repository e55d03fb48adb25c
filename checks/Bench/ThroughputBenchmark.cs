using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// Iterations/s and scheduling steps/s of every harness, seeded bugs off, beside the bare ping-pong
/// harness measured in the same run (the target: at least 50% of ping-pong's steps/s).
/// </summary>
public static class ThroughputBenchmark
{
    public static IReadOnlyList<ThroughputRow> Run(ExplorationProfile ci, uint iterations, Action<string> progress)
    {
        // Warm-up: the first runs pay for JIT compilation, which is not what this measures.
        foreach (var harness in HarnessCatalog.All)
        {
            ExplorationRunner.Explore(new ExplorationRequest(harness, [], ci, ExplorationBudget.OfIterations(2)));
        }

        var outcomes = HarnessCatalog.All
            .Select(h => ExplorationRunner.Explore(new ExplorationRequest(h, [], ci, ExplorationBudget.OfIterations(iterations))))
            .ToList();
        var pingPong = outcomes.First(o => o.Request.Harness is PingPongHarness).StepsPerSecond;
        var rows = outcomes.Select(o => new ThroughputRow(o.Request.Harness.Name, o.Iterations, o.Steps, o.Elapsed.TotalSeconds,
            o.IterationsPerSecond, o.StepsPerSecond, o.StepsPerSecond / Math.Max(pingPong, 1e-9))).ToList();
        foreach (var row in rows)
        {
            progress($"throughput: {row.Harness}: {row.StepsPerSecond:F0} steps/s");
        }

        return rows;
    }
}
