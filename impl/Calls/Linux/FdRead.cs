using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// read(fd, addr, count) from a pipe (fs/read_write.c vfs_read, fs/pipe.c pipe_read; L-9, L-19): <see cref="PipeEnd"/>
/// checks the descriptor and the buffer; count 0 is 0; buffered bytes are stored at addr as a syscall stores
/// (all or nothing: EFAULT, or blocked on a missing registered page, consumes nothing); an empty pipe blocks
/// while a write end is open and is 0 at EOF.
/// </summary>
internal static class FdRead
{
    public static SyscallResult Run(CallContext context, Abi.FdRead call)
    {
        context.Need(linux: true, memory: true);
        var checkedEnd = PipeEnd.Check(context, call.Fd, DescriptorKind.PipeRead, call.Addr, call.Count, out var pipe);
        if (checkedEnd != Status.Ok || call.Count == 0)
        {
            return checkedEnd == Status.Ok ? SyscallResult.Ok(Value.Int(0)) : SyscallResult.Error(checkedEnd);
        }

        // Only the seeded lost wakeup takes a look (CallPlanner.LooksAsItLocks): a reader whose unlocked look found the
        // pipe empty goes to sleep on it without checking again under the lock, so a write in between wakes nobody.
        var lookedEmpty = context.PeekedLinux?.Pipes.GetValueOrDefault(pipe.Id) is { Buffer.Length: 0 };
        if (pipe.Buffer.Length == 0 || lookedEmpty)
        {
            return Descriptors.Count(context.Linux, DescriptorKind.PipeWrite, pipe.Id) == 0
                ? SyscallResult.Ok(Value.Int(0))
                : new SyscallResult(Status.Blocked, Value.Int(UffdFaults.BlockOn(context, WaitReason.PipeData, pipe.Id)));
        }

        var moved = (int)Math.Min(call.Count, (ulong)pipe.Buffer.Length);
        var store = LinuxAccess.Store(context, call, call.Addr, new ByteString(pipe.Buffer.Bytes[..moved]), syscall: true);
        if (!store.Ok)
        {
            return store.Failure;
        }

        var rest = new ByteString(pipe.Buffer.Bytes[moved..]);
        context.Linux = context.Linux with { Pipes = context.Linux.Pipes.SetItem(pipe.Id, pipe with { Buffer = rest }) };
        return SyscallResult.Ok(Value.Int((ulong)moved));
    }
}
