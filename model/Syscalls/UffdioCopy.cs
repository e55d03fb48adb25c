using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// ioctl(uffd, UFFDIO_COPY) -> copy, as userfaultfd_copy (6.13): an unconfigured uffd EINVAL;
/// validate_range on dst and len (the bytes' length) EINVAL; a mode bit other than DONTWAKE and WP
/// EINVAL; then <see cref="UffdFill"/>, which refuses WP (a WP registration is not modelled) only after
/// it found the range's VMA, as mfill_atomic does.
/// </summary>
public static class UffdioCopy
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdioCopy call)
    {
        if (UffdRange.TryReady(state, process, call.Uffd, out var uffd) is var status && status != Status.Ok)
        {
            return Outcome.Fail(state, status);
        }

        var length = (ulong)call.Src.Length;
        if (!UffdRange.IsValid(call.Dst, length) || (call.Mode & ~(UffdioCopyModeDontWake | UffdioCopyModeWp)) != 0)
        {
            return Outcome.Fail(state, Status.Einval);
        }

        return UffdFill.Fill(state, uffd, call.Dst, length, call.Src, wake: (call.Mode & UffdioCopyModeDontWake) == 0, writeProtect: (call.Mode & UffdioCopyModeWp) != 0);
    }
}
