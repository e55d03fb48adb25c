using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// read(fd, addr, count) -> bytes moved from a pipe into memory at addr, as pipe_read (L-19): not open
/// or not open for reading EBADF (a descriptor the model does not read from, 0-2 or a pidfd, EINVAL); a
/// buffer past TASK_SIZE EFAULT (vfs_read's access_ok, before anything else);
/// count 0 answers 0; an empty pipe blocks while a write end is open and answers 0 at EOF; otherwise
/// min(count, buffered) bytes are stored at addr as a syscall stores (L-9: a missing registered page
/// blocks, an inaccessible one EFAULT with nothing moved) and leave the pipe.
/// </summary>
public static class FdRead
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.FdRead call)
    {
        var entry = state.Fd(process, call.Fd);
        if (entry is null || entry.Kind == FdKind.PipeWrite)
        {
            return LinuxEdits.Fail(state, Status.Ebadf);
        }

        if (entry.Kind != FdKind.PipeRead)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (!LinuxEdits.AccessOk(call.Addr, call.Count))
        {
            return LinuxEdits.Fail(state, Status.Efault);
        }

        if (call.Count == 0)
        {
            return LinuxEdits.Ok(state, Value.Int(0));
        }

        var pipe = state.Linux.Pipes[entry.Target];
        if (pipe.Buffer.Length == 0)
        {
            return LinuxFiles.Named(state, FdKind.PipeWrite, pipe.Id)
                ? Blocking.BlockOn(state, process, call, WaitKind.PipeData, pipe.Id)
                : LinuxEdits.Ok(state, Value.Int(0));
        }

        var moved = (int)Math.Min(call.Count, (ulong)pipe.Buffer.Length);
        var stored = LinuxMemory.Store(state, process, call, call.Addr, ByteString.Of(pipe.Buffer.Bytes.AsSpan(0, moved)), syscall: true);
        if (!stored.Ok)
        {
            return (stored.State, stored.Failure);
        }

        var world = stored.State.Linux;
        var left = ByteString.Of(pipe.Buffer.Bytes.AsSpan()[moved..]);
        return LinuxEdits.Ok(stored.State.With(world with { Pipes = world.Pipes.SetItem(pipe.Id, pipe with { Buffer = left }) }), Value.Int((ulong)moved));
    }
}
