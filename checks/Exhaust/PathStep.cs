using VmoKernel.Abi;

namespace VmoKernel.Checks.Exhaust;

/// <summary>One call of a replayed counterexample: who called, what, and what the model answered.</summary>
public sealed record PathStep(ulong Process, Syscall Call, SyscallResult Result);
