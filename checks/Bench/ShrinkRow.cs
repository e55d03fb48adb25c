namespace VmoKernel.Checks.Bench;

/// <summary>One seeded bug's <c>ci</c> trace before and after <c>checks shrink</c>: steps, context switches and syscalls.</summary>
public sealed record ShrinkRow(string SeededBug, string SpecId, int StepsBefore, int StepsAfter, int SwitchesBefore, int SwitchesAfter, int SyscallsBefore, int SyscallsAfter, int Runs, double Seconds)
{
    public double StepReduction => StepsBefore == 0 ? 0 : 1.0 - ((double)StepsAfter / StepsBefore);
}
