using VmoKernel.Checks.Exhaust;

namespace VmoKernel.Checks.Bench;

/// <summary>What <see cref="ExhaustBenchmark"/> measured in one run: <see cref="Cold"/> is the first search of <c>small</c> in the process, <see cref="Warm"/> the same search again.</summary>
public sealed record ExhaustBenchResults(
    int Cores,
    StepCost Cost,
    TimedSearch Cold,
    TimedSearch Warm,
    double BytesPerFingerprint,
    IReadOnlyList<ExhaustReduction> Reductions,
    IReadOnlyList<ExhaustPair> Pairs)
{
    public double Limit => Cost.LimitPerSecond(Cores);

    public double MixLimit => Cost.MixLimitPerSecond(Cores);
}
