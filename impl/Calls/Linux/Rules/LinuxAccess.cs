using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Loads and stores through a process's Linux areas (mem_read / mem_write at an address inside an area,
/// and the syscalls that copy to or from user memory).
/// </summary>
internal static class LinuxAccess
{
    /// <summary>Whether <paramref name="address"/> lies in one of the calling process's Linux areas (then the access is a Linux one).</summary>
    public static bool Covers(CallContext context, ulong address) =>
        context.Linux.Mm(context.ProcessKoid)?.AreaAt(address) is not null;

    public static SyscallResult MemRead(CallContext context, Abi.MemRead call) => SyscallResult.Error(Status.Enosys);

    public static SyscallResult MemWrite(CallContext context, Abi.MemWrite call) => SyscallResult.Error(Status.Enosys);
}
