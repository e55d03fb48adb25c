using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// kill(pid, sig), as kill_something_info (L-14): no such process ESRCH; a signal number past 64
/// EINVAL; signal 0 probes and changes nothing; any signal but SIGKILL EINVAL (the model delivers no
/// other). SIGKILL ends the process and reaps it at once (no zombies): its blocked threads vanish,
/// its descriptors close (a last close wakes waiters), its pages and its process object go.
/// </summary>
public static class Kill
{
    private const uint MaxSignal = 64;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Kill call)
    {
        // kill_pid_info_type finds the task before check_kill_permission validates the signal.
        if (call.Pid == 0 || !state.Processes.ContainsKey(call.Pid))
        {
            return LinuxEdits.Fail(state, Status.Esrch);
        }

        if (call.Signal > MaxSignal)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (call.Signal == 0)
        {
            return LinuxEdits.Ok(state);
        }

        if (call.Signal != LinuxConstants.SigKill)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        return LinuxEdits.Ok(End(state, call.Pid));
    }

    /// <summary>The process ends: waiters forgotten, descriptors closed, VMAs gone, frames returned.</summary>
    public static KernelState End(KernelState state, ulong pid)
    {
        var after = Blocking.Forget(state, pid);
        foreach (var fd in after.Me(pid).Fds.Keys.ToList())
        {
            after = LinuxFiles.Close(after, pid, fd);
        }

        after = after with
        {
            Processes = after.Processes.Remove(pid),
            Objects = after.Objects.Remove(pid),
            Linux = after.Linux with { Processes = after.Linux.Processes.Remove(pid) },
        };
        return LinuxPages.Collect(after);
    }
}
