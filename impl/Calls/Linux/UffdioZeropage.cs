using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ioctl(uffd, UFFDIO_ZEROPAGE) (fs/userfaultfd.c userfaultfd_zeropage): the descriptor, validate_range, a mode
/// other than DONTWAKE EINVAL, then <see cref="UffdFill"/> maps the shared zero page (a zeroed frame in shared memory).
/// </summary>
internal static class UffdioZeropage
{
    public static SyscallResult Run(CallContext context, Abi.UffdioZeropage call)
    {
        context.Need(linux: true, memory: true);
        var found = UffdDescriptor.ForRangeIoctl(context, call.Uffd, call.Start, call.Length, out var uffd);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        if ((call.Mode & ~LinuxConstants.UffdioZeropageModeDontWake) != 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var wake = (call.Mode & LinuxConstants.UffdioZeropageModeDontWake) == 0;
        return UffdFill.Run(context, uffd, call.Start, call.Length, wake, writeProtect: false, _ => null);
    }
}
