using VmoKernel.Checks.Exhaust;

namespace VmoKernel.Checks.Bench;

/// <summary>What <see cref="ExhaustBenchmark"/> measured in one run.</summary>
public sealed record ExhaustBenchResults(
    int Cores,
    StepCost Cost,
    ExhaustOutcome Small,
    double BytesPerFingerprint,
    IReadOnlyList<ExhaustReduction> Reductions,
    IReadOnlyList<ExhaustPair> Pairs)
{
    public double Limit => Cost.LimitPerSecond(Cores);
}
