namespace VmoKernel.Checks.Bench;

/// <summary>
/// One deep seeded bug hunted by one strategy (or uncontrolled stress) for the same wall time in each of
/// <see cref="Runs"/> runs: how many found the bug's own spec ID, the medians over those that did, and the
/// iterations all runs made together.
/// </summary>
public sealed record DeepBugCell(string SeededBug, string SpecId, string Strategy, int Runs, int Found, double? MedianIterations, double? MedianSeconds, long TotalIterations)
{
    public static DeepBugCell Of(string bug, string specId, string strategy, IReadOnlyList<(bool Found, long Iterations, double Seconds)> runs)
    {
        var found = runs.Where(r => r.Found).ToList();
        return new DeepBugCell(bug, specId, strategy, runs.Count, found.Count,
            FirstBugBenchmark.Median(found.Select(r => (double)r.Iterations)), FirstBugBenchmark.Median(found.Select(r => r.Seconds)), runs.Sum(r => r.Iterations));
    }
}
