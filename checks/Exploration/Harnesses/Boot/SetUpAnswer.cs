using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Boot;

/// <summary>One call a harness's set-up made while its image was taken, as which process, and the answer it got.</summary>
public sealed record SetUpAnswer(ulong Process, Syscall Call, SyscallResult Answer);
