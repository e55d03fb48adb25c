using VmoKernel.Checks.Exhaust;

namespace VmoKernel.Checks.Bench;

/// <summary>One configuration searched to the same depth with symmetry reduction and without it.</summary>
public sealed record ExhaustReduction(string Config, ExhaustOutcome Reduced, ExhaustOutcome Raw)
{
    public double Factor => Raw.Distinct / (double)Math.Max(1, Reduced.Distinct);
}
