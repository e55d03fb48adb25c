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
/// SIGSEGV/SIGBUS). An access goes page by page (L-17) but is all or nothing: a fault or a block on
/// any page rolls back what the earlier pages did, so only a complete access changes memory.
/// </summary>
internal static class LinuxAccess
{
    /// <summary>Whether <paramref name="address"/> lies in one of the calling process's Linux areas (then the access is a Linux one).</summary>
    public static bool Covers(CallContext context, ulong address) =>
        context.Linux.Mm(context.ProcessKoid)?.AreaAt(address) is not null;

    public static LinuxAccessResult Load(CallContext context, Syscall call, ulong address, ulong length, bool syscall) =>
        Run(context, address, length, null, syscall);

    public static LinuxAccessResult Store(CallContext context, Syscall call, ulong address, ByteString data, bool syscall) =>
        Run(context, address, (ulong)data.Length, data, syscall);

    public static SyscallResult MemRead(CallContext context, Abi.MemRead call)
    {
        var result = Load(context, call, call.Address, call.Length, syscall: false);
        return result.Ok ? SyscallResult.Ok(Value.Of(result.Bytes)) : result.Failure;
    }

    public static SyscallResult MemWrite(CallContext context, Abi.MemWrite call)
    {
        var result = Store(context, call, call.Address, call.Data, syscall: false);
        return result.Ok ? SyscallResult.Ok() : result.Failure;
    }

    private static LinuxAccessResult Run(CallContext context, ulong address, ulong length, ByteString? data, bool syscall)
    {
        if (length > VmoLimits.MaxReadLength || address + length < address)
        {
            return new(syscall ? Status.Efault : Status.Sigsegv, ByteString.Empty);
        }

        var checkpoint = context.Checkpoint();
        var loaded = new byte[length];
        for (var at = address; at < address + length;)
        {
            var page = LinuxPages.Down(at);
            var count = Math.Min(page + LinuxPages.Size, address + length) - at;
            var outcome = PageAccess.One(context, at, (int)count, data is null ? null : ByteString.Of(data.Bytes.AsSpan((int)(at - address), (int)count)), syscall);
            if (outcome.Status != Status.Ok)
            {
                context.Rollback(checkpoint);
                if (outcome.Status != Status.Blocked)
                {
                    return new(syscall ? Status.Efault : outcome.Status, ByteString.Empty);
                }

                return new(Status.Blocked, ByteString.Empty, outcome.BlockOn!.Value.Block(context));
            }

            outcome.Bytes.Bytes.AsSpan().CopyTo(loaded.AsSpan((int)(at - address)));
            at += count;
        }

        return new(Status.Ok, data is null ? ByteString.Of(loaded) : ByteString.Empty);
    }
}

/// <summary>A fault to block on once the access has rolled back: its uffd, page, message address and flags.</summary>
internal readonly record struct PendingFault(ulong Uffd, ulong Page, ulong Address, ulong Flags)
{
    public ulong Block(CallContext context) => UffdFaults.Block(context, Uffd, Page, Address, Flags);
}

/// <summary>One page's part of an access: OK with the bytes loaded, a fault, or BLOCKED with the fault to block on.</summary>
internal readonly record struct PageOutcome(Status Status, ByteString Bytes, PendingFault? BlockOn = null)
{
    public static PageOutcome Fault(Status status) => new(status, ByteString.Empty);
}
