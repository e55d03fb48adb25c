using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>The uffd a descriptor of the calling process names, looked up as userfaultfd_ioctl and userfaultfd_read do.</summary>
internal static class UffdDescriptor
{
    /// <summary>
    /// For an ioctl: EBADF when <paramref name="fd"/> is not open, ENOTTY when it is another file (no uffd ioctl
    /// there), EINVAL when UFFDIO_API has not succeeded (unless <paramref name="api"/>: UFFDIO_API itself).
    /// </summary>
    public static Status ForIoctl(CallContext context, uint fd, out UffdState uffd, bool api = false) =>
        Find(context, fd, Status.Enotty, api, out uffd);

    /// <summary>For a range ioctl (COPY, ZEROPAGE, WAKE, UNREGISTER): the descriptor as <see cref="ForIoctl"/>, then validate_range.</summary>
    public static Status ForRangeIoctl(CallContext context, uint fd, ulong start, ulong length, out UffdState uffd)
    {
        var found = ForIoctl(context, fd, out uffd);
        return found != Status.Ok ? found : UffdRange.Validate(start, length);
    }

    /// <summary>For read(2): EBADF when not open, EINVAL for another file or before UFFDIO_API.</summary>
    public static Status ForRead(CallContext context, uint fd, out UffdState uffd) =>
        Find(context, fd, Status.Einval, api: false, out uffd);

    private static Status Find(CallContext context, uint fd, Status otherFile, bool api, out UffdState uffd)
    {
        uffd = null!;
        if (Descriptors.Find(context, fd) is not { } descriptor)
        {
            return Status.Ebadf;
        }

        if (descriptor.Kind != DescriptorKind.Uffd)
        {
            return otherFile;
        }

        uffd = context.Linux.Uffds[descriptor.Target];
        return api || uffd.ApiDone ? Status.Ok : Status.Einval;
    }
}
