using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// ioctl(uffd, UFFDIO_WAKE), as userfaultfd_wake: an unconfigured uffd EINVAL; validate_range EINVAL;
/// then the threads waiting in the range wake and retry; one whose page is still missing faults again
/// with a new message (L-13, U20).
/// </summary>
public static class UffdioWake
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdioWake call)
    {
        if (UffdRange.TryReady(state, process, call.Uffd, out var uffd) is var status && status != Status.Ok)
        {
            return LinuxEdits.Fail(state, status);
        }

        return UffdRange.IsValid(call.Start, call.Length)
            ? LinuxEdits.Ok(Blocking.WakeFaults(state, uffd.Id, call.Start, call.Start + call.Length))
            : LinuxEdits.Fail(state, Status.Einval);
    }
}
