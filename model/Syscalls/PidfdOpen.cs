using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// pidfd_open(pid, flags) -> a new descriptor, as sys_pidfd_open (6.13): a flag other than
/// PIDFD_NONBLOCK or PIDFD_THREAD EINVAL; pid 0 EINVAL; no such process ESRCH; the lowest free number.
/// </summary>
public static class PidfdOpen
{
    private const uint PidfdThread = 0x80;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.PidfdOpen call)
    {
        if ((call.Flags & ~(LinuxConstants.PidfdNonBlock | PidfdThread)) != 0 || call.Pid == 0 || call.Pid > int.MaxValue)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (!state.Processes.ContainsKey(call.Pid))
        {
            return LinuxEdits.Fail(state, Status.Esrch);
        }

        var after = LinuxFiles.Open(state, process, new FdEntry(FdKind.Pidfd, call.Pid), out var fd);
        return LinuxEdits.Ok(after, Value.Int(fd));
    }
}
