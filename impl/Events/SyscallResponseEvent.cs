using Microsoft.Coyote.Actors;
using VmoKernel.Abi;

namespace VmoKernel.Kernel.Events;

/// <summary>The kernel's answer to a <see cref="SyscallRequestEvent"/> with the same <c>Tag</c>.</summary>
public sealed class SyscallResponseEvent(long tag, ulong process, Syscall call, SyscallResult result) : Event
{
    public long Tag { get; } = tag;

    public ulong Process { get; } = process;

    public Syscall Call { get; } = call;

    public SyscallResult Result { get; } = result;
}
