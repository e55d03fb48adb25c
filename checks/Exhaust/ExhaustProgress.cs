namespace VmoKernel.Checks.Exhaust;

/// <summary>One progress reading: the level being expanded, states generated, distinct states, states waiting, and the rate.</summary>
public readonly record struct ExhaustProgress(int Depth, long Generated, long Distinct, long Queue, double PerSecond)
{
    public override string ToString() =>
        $"depth {Depth}  states {Generated:N0}  distinct {Distinct:N0}  queue {Queue:N0}  {PerSecond:N0} states/s";
}
