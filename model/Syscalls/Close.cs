using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>close(fd): EBADF when not open; the last close of a uffd or a pipe end releases it (<see cref="LinuxFiles"/>).</summary>
public static class Close
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Close call) =>
        state.Fd(process, call.Fd) is null
            ? LinuxEdits.Fail(state, Status.Ebadf)
            : LinuxEdits.Ok(LinuxFiles.Close(state, process, call.Fd));
}
