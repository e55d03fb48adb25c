using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// vfs_read / vfs_write's checks before a pipe moves anything, in their order: a descriptor not open EBADF, the
/// other end of a pipe EBADF (no FMODE_READ / FMODE_WRITE), a file that cannot be read or written this way EINVAL
/// (a pidfd, a uffd, or 0-2, which name nothing modelled, L-14), then access_ok (a buffer past TASK_SIZE EFAULT).
/// </summary>
internal static class PipeEnd
{
    public static Status Check(CallContext context, uint fd, DescriptorKind end, ulong addr, ulong count, out PipeState pipe)
    {
        pipe = null!;
        var descriptor = Descriptors.Find(context, fd);
        if (descriptor is null || descriptor.Kind is DescriptorKind.PipeRead or DescriptorKind.PipeWrite && descriptor.Kind != end)
        {
            return Status.Ebadf;
        }

        if (descriptor.Kind != end)
        {
            return Status.Einval;
        }

        if (count > LinuxConstants.TaskSize || addr > LinuxConstants.TaskSize - count)
        {
            return Status.Efault;
        }

        pipe = context.Linux.Pipes[descriptor.Target];
        return Status.Ok;
    }
}
