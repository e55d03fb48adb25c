namespace VmoKernel.Checks.Scenarios.Checking;

/// <summary>What the checker knows about a bound name: the kind of its value and whether it names a process.</summary>
public sealed record StaticName(ExprKind Kind, bool IsProcess);
