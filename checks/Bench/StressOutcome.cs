namespace VmoKernel.Checks.Bench;

/// <summary>What an uncontrolled stress run did: iterations completed, wall time, and the first failure (a spec ID, or a hang) if any.</summary>
public sealed record StressOutcome(int Iterations, TimeSpan Elapsed, string? SpecId, string? Failure)
{
    public bool FoundBug => Failure is not null;
}
