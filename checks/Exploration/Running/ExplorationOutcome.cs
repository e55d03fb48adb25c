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

    /// <summary>
    /// A clean depth-first run that stopped before its iteration budget ran out: Coyote's DFS stops only
    /// when it has run every schedule within the step bound, so the bound's schedule space is exhausted.
    /// </summary>
    public bool ExhaustedScheduleSpace =>
        Request.Profile.Strategy == Profiles.ExplorationStrategy.Dfs && !FoundBug && Request.Budget.Iterations is { } budget && Iterations < budget;
}
