using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ioctl(uffd, UFFDIO_COPY) (fs/userfaultfd.c userfaultfd_copy): the descriptor, validate_range of dst and len,
/// a mode other than DONTWAKE and WP EINVAL, then <see cref="UffdFill"/> installs the bytes page by page.
/// </summary>
internal static class UffdioCopy
{
    private const ulong KnownModes = LinuxConstants.UffdioCopyModeDontWake | LinuxConstants.UffdioCopyModeWp;

    public static SyscallResult Run(CallContext context, Abi.UffdioCopy call)
    {
        context.Need(linux: true, memory: true);
        var length = (ulong)call.Src.Length;
        var found = UffdDescriptor.ForRangeIoctl(context, call.Uffd, call.Dst, length, out var uffd);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        if ((call.Mode & ~KnownModes) != 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var wake = (call.Mode & LinuxConstants.UffdioCopyModeDontWake) == 0;
        var writeProtect = (call.Mode & LinuxConstants.UffdioCopyModeWp) != 0;
        return UffdFill.Run(context, uffd, call.Dst, length, wake, writeProtect, i => UffdFill.PageOf(call.Src, i));
    }
}
