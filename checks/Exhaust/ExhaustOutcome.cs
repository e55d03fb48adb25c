namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// What a search did: whether it exhausted the space (every reachable state within the bounds expanded),
/// why it stopped otherwise, the deepest level reached, generated and distinct states, and the first
/// violation at the smallest depth, if any.
/// </summary>
public sealed record ExhaustOutcome(
    bool Exhausted,
    string Stop,
    int Depth,
    long Generated,
    long Distinct,
    TimeSpan Elapsed,
    ExhaustViolation? Violation)
{
    public double GeneratedPerSecond => Generated / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double DistinctPerSecond => Distinct / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
