using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// write(fd, addr, count) to a pipe (fs/read_write.c vfs_write, fs/pipe.c pipe_write; L-9, L-19): <see cref="PipeEnd"/>
/// checks the descriptor and the buffer; count 0 is 0; no read end open EPIPE; then the bytes are loaded from addr
/// as a syscall loads (EFAULT, or blocked on a missing registered page, moves nothing), appended, and a blocked
/// reader woken. The buffer is unbounded, so a write never waits for room.
/// </summary>
internal static class FdWrite
{
    public static SyscallResult Run(CallContext context, Abi.FdWrite call)
    {
        context.Need(linux: true, memory: true);
        var checkedEnd = PipeEnd.Check(context, call.Fd, DescriptorKind.PipeWrite, call.Addr, call.Count, out var pipe);
        if (checkedEnd != Status.Ok || call.Count == 0)
        {
            return checkedEnd == Status.Ok ? SyscallResult.Ok(Value.Int(0)) : SyscallResult.Error(checkedEnd);
        }

        if (Descriptors.Count(context.Linux, DescriptorKind.PipeRead, pipe.Id) == 0)
        {
            return SyscallResult.Error(Status.Epipe);
        }

        var load = LinuxAccess.Load(context, call, call.Addr, call.Count, syscall: true);
        if (!load.Ok)
        {
            return load.Failure;
        }

        var buffer = new ByteString(pipe.Buffer.Bytes.AddRange(load.Bytes.Bytes));
        context.Linux = context.Linux with { Pipes = context.Linux.Pipes.SetItem(pipe.Id, pipe with { Buffer = buffer }) };
        UffdFaults.WakeAll(context, WaitReason.PipeData, pipe.Id);
        return SyscallResult.Ok(Value.Int(call.Count));
    }
}
