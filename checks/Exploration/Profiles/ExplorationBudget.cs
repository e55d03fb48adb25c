namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// How much exploring one run may do: a number of iterations, or a wall-clock budget that ends the run
/// however many iterations it took. Exactly one of the two is set.
/// </summary>
public sealed record ExplorationBudget(uint? Iterations, uint? TimeBudgetSeconds)
{
    public static ExplorationBudget OfIterations(uint iterations) => new(iterations, null);

    public override string ToString() =>
        Iterations is { } n ? $"{n} iterations" : $"{TimeBudgetSeconds} s";
}
