using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>pipe() -> (read_fd, write_fd): the two lowest free descriptors over a new, empty, unbounded pipe (L-19).</summary>
public static class Pipe
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Pipe call)
    {
        var world = state.Linux.TakeId(out var id);
        world = world with { Pipes = world.Pipes.Add(id, new Linux.State.Pipe(id, ByteString.Empty)) };
        var after = LinuxFiles.Open(state.With(world), process, new FdEntry(FdKind.PipeRead, id), out var read);
        after = LinuxFiles.Open(after, process, new FdEntry(FdKind.PipeWrite, id), out var write);
        return LinuxEdits.Ok(after, Value.List([Value.Int(read), Value.Int(write)]));
    }
}
