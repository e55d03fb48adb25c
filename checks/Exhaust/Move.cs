using VmoKernel.Abi;

namespace VmoKernel.Checks.Exhaust;

/// <summary>One edge of the state graph: a call made as a process.</summary>
public readonly record struct Move(ulong Process, Syscall Call);
