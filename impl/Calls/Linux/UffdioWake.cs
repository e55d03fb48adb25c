using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ioctl(uffd, UFFDIO_WAKE) (fs/userfaultfd.c userfaultfd_wake): the descriptor, validate_range, then the uffd's
/// waiters in the range wake (no VMA needed); a thread whose page is still missing faults again (L-13, U20).
/// </summary>
internal static class UffdioWake
{
    public static SyscallResult Run(CallContext context, Abi.UffdioWake call)
    {
        context.Need(linux: true);
        var found = UffdDescriptor.ForRangeIoctl(context, call.Uffd, call.Start, call.Length, out var uffd);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        UffdFaults.WakeFaults(context, uffd.Id, call.Start, call.Start + call.Length);
        return SyscallResult.Ok();
    }
}
