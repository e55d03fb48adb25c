using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// kill(pid, sig) (kernel/signal.c, L-14): the process is looked up first (kill_pid_info: a pid that is not a
/// live process, or not positive (process groups are not modelled), ESRCH), then the signal (check_kill_permission:
/// past 64 EINVAL); 0 only probes; any signal but SIGKILL is EINVAL. SIGKILL ends the process and reaps it at once.
/// </summary>
internal static class Kill
{
    private const uint LastSignal = 64;

    public static SyscallResult Run(CallContext context, Abi.Kill call)
    {
        context.Need(linux: true, memory: true);
        if ((int)call.Pid <= 0 || context.Linux.Mm(call.Pid) is null)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        if (call.Signal > LastSignal)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (call.Signal == 0)
        {
            return SyscallResult.Ok();
        }

        if (call.Signal != LinuxConstants.SigKill)
        {
            return SyscallResult.Error(Status.Einval);
        }

        ProcessEnd.Run(context, call.Pid);
        return SyscallResult.Ok();
    }
}
