using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>What <c>shrink</c> did: the trace before and after (the shrunk one in the trace file format), their runs, and the candidate runs it spent.</summary>
public sealed record ShrinkResult(ExplorationTrace Original, CandidateRun Before, ExplorationTrace Shrunk, CandidateRun After, int CandidateRuns)
{
    /// <summary>Fraction of the steps removed, 0 (none) to 1.</summary>
    public double StepReduction => Before.Steps == 0 ? 0 : 1.0 - (double)After.Steps / Before.Steps;

    /// <summary>Steps before over steps after (5 means five times fewer).</summary>
    public double StepsRatio => After.Steps == 0 ? 0 : (double)Before.Steps / After.Steps;
}
