namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// What one exploration run did: iterations and scheduling steps explored, wall time, and the first bug
/// with the Coyote schedule that reproduces it (both null when the run was clean).
/// </summary>
public sealed record ExplorationOutcome(
    ExplorationRequest Request,
    uint Iterations,
    long Steps,
    TimeSpan Elapsed,
    ExplorationFailure? Failure,
    string? ReproducibleTrace)
{
    public bool FoundBug => Failure is not null;

    public double IterationsPerSecond => Iterations / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double StepsPerSecond => Steps / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
