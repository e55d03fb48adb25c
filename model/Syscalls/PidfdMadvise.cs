using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Linux's process_madvise(pidfd, iovec, advice, flags) -> bytes advised, in the order of 6.13's
/// syscall and vector_madvise (L-15): flags EINVAL; more than UIO_MAXIOV elements EINVAL; an element
/// past TASK_SIZE EFAULT (import_iovec's access_ok); pidfd not open or not a pidfd EBADF; target gone
/// ESRCH; no ptrace-read access to its mm EACCES (self and descendants, L-14); remote advice other than
/// COLD, PAGEOUT, WILLNEED EINVAL; remote without CAP_SYS_NICE EPERM; an invalid advice EINVAL. Then
/// the elements in order, each as madvise on the target; zero-length elements after the first are
/// skipped (iov_iter), and with nothing to do at all the call answers 0. The value is the sum of the
/// lengths, as given, of the elements done; an element failing after others succeeded ends the call
/// with their sum and its errno is lost; a first element failing returns its errno.
/// </summary>
public static class PidfdMadvise
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.PidfdMadvise call)
    {
        if (call.Flags != 0 || call.Iovec.Length > UioMaxIov)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        // copy_iovec_from_user reads every element before __import_iovec checks any address: a length
        // that does not fit in ssize_t is EINVAL wherever it is.
        if (call.Iovec.Any(e => e.Len > long.MaxValue))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (call.Iovec.Any(e => e.Len > TaskSize || e.Addr > TaskSize - e.Len))
        {
            return LinuxEdits.Fail(state, Status.Efault);
        }

        if (state.Fd(process, call.Pidfd) is not { Kind: FdKind.Pidfd, Target: var target })
        {
            return LinuxEdits.Fail(state, Status.Ebadf);
        }

        if (!state.Processes.ContainsKey(target))
        {
            return LinuxEdits.Fail(state, Status.Esrch);
        }

        if (!ProcessAccess.MayReadAll(state, process, target))
        {
            return LinuxEdits.Fail(state, Status.Eacces);
        }

        var remote = target != process;
        if (remote && call.Advice is not (MadvCold or MadvPageOut or MadvWillNeed))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (remote && !state.Me(process).Capabilities.Contains(CapSysNice))
        {
            return LinuxEdits.Fail(state, Status.Eperm);
        }

        if (!LinuxAdvice.IsValid(call.Advice))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        return Elements(state, target, call);
    }

    private static (KernelState State, SyscallResult Result) Elements(KernelState state, ulong target, Abi.PidfdMadvise call)
    {
        var after = state;
        ulong done = 0;
        var total = call.Iovec.Aggregate(0UL, (sum, e) => sum + e.Len);
        for (var i = 0; i < call.Iovec.Length && total != 0; i++)
        {
            var (addr, len) = call.Iovec[i];
            if (len == 0 && i > 0)
            {
                continue;
            }

            var (next, status, _) = LinuxAdvice.Apply(after, target, addr, len, call.Advice);
            after = next;
            if (status != Status.Ok)
            {
                return done == 0 ? LinuxEdits.Fail(after, status) : LinuxEdits.Ok(after, Value.Int(done));
            }

            done += len;
        }

        return LinuxEdits.Ok(after, Value.Int(done));
    }
}
