using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>What an access through Linux areas came to: OK (and the bytes of a load), a fault, or BLOCKED under a waiter.</summary>
internal readonly record struct LinuxAccessResult(Status Status, ByteString Bytes, ulong Waiter = 0)
{
    public bool Ok => Status == Status.Ok;

    /// <summary>The call's result when the access did not succeed: the fault, or BLOCKED carrying the waiter (L-18).</summary>
    public SyscallResult Failure => Status == Status.Blocked ? new SyscallResult(Status.Blocked, Value.Int(Waiter)) : SyscallResult.Error(Status);
}

/// <summary>
/// Loads and stores through a process's Linux areas (mem_read / mem_write at an address inside an area,
/// and the syscalls that copy to or from user memory, with syscall true: EFAULT instead of
/// SIGSEGV/SIGBUS). OWNED BY THE ADDRESS-SPACE WORK (placeholder until it lands).
/// </summary>
internal static class LinuxAccess
{
    /// <summary>Whether <paramref name="address"/> lies in one of the calling process's Linux areas (then the access is a Linux one).</summary>
    public static bool Covers(CallContext context, ulong address) =>
        context.Linux.Mm(context.ProcessKoid)?.AreaAt(address) is not null;

    public static LinuxAccessResult Load(CallContext context, Syscall call, ulong address, ulong length, bool syscall) => new(Status.Enosys, ByteString.Empty);

    public static LinuxAccessResult Store(CallContext context, Syscall call, ulong address, ByteString data, bool syscall) => new(Status.Enosys, ByteString.Empty);

    public static SyscallResult MemRead(CallContext context, Abi.MemRead call) => SyscallResult.Error(Status.Enosys);

    public static SyscallResult MemWrite(CallContext context, Abi.MemWrite call) => SyscallResult.Error(Status.Enosys);
}
