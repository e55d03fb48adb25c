using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>Checks the uffd range ioctls share (fs/userfaultfd.c, 6.13).</summary>
public static class UffdRange
{
    /// <summary>validate_range: page-aligned start and length, length not 0, start at or above mmap_min_addr, the range below TASK_SIZE.</summary>
    public static bool IsValid(ulong start, ulong length) =>
        KernelLayout.IsPageAligned(start) && KernelLayout.IsPageAligned(length) && length != 0
        && start >= LinuxSpace.MinAddress && start < LinuxConstants.TaskSize && length <= LinuxConstants.TaskSize - start;

    /// <summary>The uffd behind <paramref name="fd"/>, configured (else EINVAL), for an ioctl other than UFFDIO_API.</summary>
    public static Status TryReady(KernelState state, ulong process, uint fd, out Uffd uffd)
    {
        var status = state.TryUffd(process, fd, out uffd);
        return status != Status.Ok ? status : uffd.Ready ? Status.Ok : Status.Einval;
    }
}
