namespace VmoKernel.Checks.Bench;

/// <summary>One seeded bug's <c>ci</c> trace before and after <c>checks shrink</c>: steps, preemptions and syscalls.</summary>
public sealed record ShrinkRow(string SeededBug, string SpecId, int StepsBefore, int StepsAfter, int PreemptionsBefore, int PreemptionsAfter, int SyscallsBefore, int SyscallsAfter, int Runs, double Seconds)
{
    /// <summary>Steps before over steps after: 5 means five times fewer.</summary>
    public double StepsRatio => StepsAfter == 0 ? 0 : (double)StepsBefore / StepsAfter;
}
