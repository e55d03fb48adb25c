namespace VmoKernel.Checks.Exhaust;

/// <summary>Where a search stops before the space is exhausted: a depth, a number of distinct states, a time budget; and how many threads expand states.</summary>
public sealed record ExhaustLimits(int? MaxDepth = null, long? MaxStates = null, TimeSpan? Time = null, int Workers = 0)
{
    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;
}
