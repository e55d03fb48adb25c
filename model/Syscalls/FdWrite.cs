using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// write(fd, addr, count) -> bytes moved from memory at addr into a pipe, as pipe_write (L-19): not
/// open or not open for writing EBADF (0-2 or a pidfd EINVAL); a buffer past TASK_SIZE EFAULT
/// (vfs_write's access_ok); count 0 answers 0; no read end EPIPE
/// (SIGPIPE is not modelled); then the bytes are loaded as a syscall loads (L-9: a missing registered
/// page blocks, an inaccessible one EFAULT with nothing moved), appended, and readers woken.
/// </summary>
public static class FdWrite
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.FdWrite call)
    {
        var entry = state.Fd(process, call.Fd);
        if (entry is null || entry.Kind == FdKind.PipeRead)
        {
            return LinuxEdits.Fail(state, Status.Ebadf);
        }

        if (entry.Kind != FdKind.PipeWrite)
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

        if (!LinuxFiles.Named(state, FdKind.PipeRead, entry.Target))
        {
            return LinuxEdits.Fail(state, Status.Epipe);
        }

        var loaded = LinuxMemory.Load(state, process, call, call.Addr, call.Count, syscall: true);
        if (!loaded.Ok)
        {
            return (loaded.State, loaded.Failure);
        }

        var world = loaded.State.Linux;
        var pipe = world.Pipes[entry.Target];
        var after = loaded.State.With(world with { Pipes = world.Pipes.SetItem(pipe.Id, pipe with { Buffer = ByteString.Of([.. pipe.Buffer.Bytes, .. loaded.Bytes.Bytes]) }) });
        return LinuxEdits.Ok(Blocking.WakePipe(after, pipe.Id), Value.Int(call.Count));
    }
}
