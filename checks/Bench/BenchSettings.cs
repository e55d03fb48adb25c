namespace VmoKernel.Checks.Bench;

/// <summary>
/// How much one <c>bench</c> measures: seeds per (strategy, seeded bug), the wall time each side of the
/// stress comparison gets per seeded bug, iterations per harness for throughput, whether proofs run, and the
/// candidate runs each seeded bug's trace may spend shrinking, and (from the seeds) the exhaustive search's budget.
/// The full settings keep a run under about twenty-five minutes on two cores (shrinking takes up to 45 s per
/// seeded bug); <c>--quick</c> under two.
/// </summary>
public sealed record BenchSettings(int Seeds, double StressSeconds, uint ThroughputIterations, bool Proofs, uint ProofTimeoutMs, int ShrinkRuns)
{
    /// <summary>Wall time the full search of exhaust's <c>small</c> may take, as CI's <c>exhaust --time 600</c> (each reduction count has its own budget).</summary>
    public TimeSpan ExhaustBudget => Seeds > 1 ? TimeSpan.FromSeconds(600) : TimeSpan.FromSeconds(40);

    // Shrinking gets the CLI's own bound (each shrink also stops at TraceShrinker.TimeBudget), so the table is what users get.
    public static BenchSettings Full { get; } = new(5, 3, 50, true, 10_000, Exploration.Shrink.TraceShrinker.DefaultMaxRuns);

    public static BenchSettings Quick { get; } = new(1, 1, 10, false, 5_000, 20);
}
