using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// ioctl(uffd, UFFDIO_ZEROPAGE) -> zeropage, as userfaultfd_zeropage (6.13): an unconfigured uffd
/// EINVAL; validate_range EINVAL; a mode bit other than DONTWAKE EINVAL; then <see cref="UffdFill"/>.
/// </summary>
public static class UffdioZeropage
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdioZeropage call)
    {
        if (UffdRange.TryReady(state, process, call.Uffd, out var uffd) is var status && status != Status.Ok)
        {
            return Outcome.Fail(state, status);
        }

        if (!UffdRange.IsValid(call.Start, call.Length) || (call.Mode & ~UffdioZeropageModeDontWake) != 0)
        {
            return Outcome.Fail(state, Status.Einval);
        }

        return UffdFill.Fill(state, uffd, call.Start, call.Length, null, wake: (call.Mode & UffdioZeropageModeDontWake) == 0);
    }
}
