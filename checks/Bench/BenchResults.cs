using VmoKernel.Checks.Proofs;

namespace VmoKernel.Checks.Bench;

/// <summary>Everything one <c>bench</c> run measured, with the machine and settings it ran under.</summary>
public sealed record BenchResults(
    MachineInfo Machine,
    BenchSettings Settings,
    bool Quick,
    IReadOnlyList<FirstBugCell> FirstBug,
    IReadOnlyList<StressRow> Stress,
    IReadOnlyList<ThroughputRow> Throughput,
    IReadOnlyList<ProofResult>? Proofs,
    IReadOnlyList<ShrinkRow> Shrink,
    TimeSpan Elapsed,
    ExhaustBenchResults? Exhaust = null);
