using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>Small edits every Linux step makes: reading and replacing a process's Linux part, looking up descriptors, rounding lengths.</summary>
public static class LinuxEdits
{
    public static LinuxProcess Me(this KernelState state, ulong process) => state.Linux.Process(process);

    public static KernelState With(this KernelState state, ulong process, LinuxProcess linux) =>
        state with { Linux = state.Linux.WithProcess(process, linux) };

    public static KernelState With(this KernelState state, LinuxWorld world) => state with { Linux = world };

    /// <summary>The descriptor <paramref name="fd"/> of the process, or null when it is not open.</summary>
    public static FdEntry? Fd(this KernelState state, ulong process, uint fd) => state.Me(process).Fds.GetValueOrDefault(fd);

    /// <summary>The uffd named by <paramref name="fd"/>: EBADF when not open, ENOTTY when open but not a uffd (an ioctl on another file).</summary>
    public static Status TryUffd(this KernelState state, ulong process, uint fd, out Uffd uffd)
    {
        uffd = null!;
        var entry = state.Fd(process, fd);
        if (entry is null)
        {
            return Status.Ebadf;
        }

        if (entry.Kind != FdKind.Uffd)
        {
            return Status.Enotty;
        }

        uffd = state.Linux.Uffds[entry.Target];
        return Status.Ok;
    }

    /// <summary>
    /// x86-64's access_ok(addr, count), which vfs_read and vfs_write ask before the file sees the call (even
    /// for count 0): the whole buffer must lie below TASK_SIZE without wrapping, else EFAULT.
    /// </summary>
    public static bool AccessOk(ulong addr, ulong count) => count <= LinuxConstants.TaskSize && addr <= LinuxConstants.TaskSize - count;

    /// <summary>PAGE_ALIGN(length); false when it wraps to zero from a non-zero length.</summary>
    public static bool TryPageAlign(ulong length, out ulong rounded)
    {
        rounded = (length + KernelLayout.PageSize - 1) & ~(KernelLayout.PageSize - 1);
        return length == 0 || rounded != 0;
    }

    public static (KernelState State, SyscallResult Result) Fail(KernelState state, Status status) => (state, SyscallResult.Error(status));

    public static (KernelState State, SyscallResult Result) Ok(KernelState state, Value? value = null) => (state, SyscallResult.Ok(value));
}
