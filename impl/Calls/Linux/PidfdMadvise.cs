using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// Linux's process_madvise(pidfd, iovec, advice, flags) -> bytes advised (L-14, L-15; mm/madvise.c 6.13).
/// Checks in the kernel's order: flags; the vector as import_iovec reads it (too long, a length that is
/// negative as ssize_t, then an element past TASK_SIZE); the pidfd (pidfd_get_task); the target still
/// alive; mm_access (self or descendants, else EACCES); for another process the remote advice set and
/// CAP_SYS_NICE; the advice itself. Then the elements in order, each as madvise on the target, all in
/// one transaction over the Linux world, so no munmap or mmap in the target falls between an element's
/// resolution and its advice. The value is the sum of the lengths of the elements done, as given; an
/// element that fails after others succeeded ends the call with that sum (its changes, such as the
/// VMAs advised before an ENOMEM hole, stay); a failing first element returns its errno.
/// </summary>
internal static class PidfdMadvise
{
    /// <summary>The call; only the seeded stale-look bug has a <see cref="CallContext.PeekedLinux"/>, and advises the target's areas as they were there.</summary>
    public static SyscallResult Run(CallContext context, Abi.PidfdMadvise call)
    {
        if (call.Flags != 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (ImportError(call.Iovec) is { } imported)
        {
            return SyscallResult.Error(imported);
        }

        context.Need(linux: true);
        var world = context.Linux;
        var caller = context.ProcessKoid;
        if (world.Mm(caller) is not { } self || !self.Fds.TryGetValue(call.Pidfd, out var descriptor) || descriptor.Kind != DescriptorKind.Pidfd)
        {
            return SyscallResult.Error(Status.Ebadf);
        }

        var target = descriptor.Target;
        if (world.Mm(target) is null)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        if (!ProcessAccess.MayRead(world, caller, target))
        {
            return SyscallResult.Error(Status.Eacces);
        }

        var remote = target != caller;
        if (remote && !MadviseAdvice.Remote(call.Advice))
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (remote && !self.Caps.Contains(CapSysNice))
        {
            return SyscallResult.Error(Status.Eperm);
        }

        if (!MadviseAdvice.Known(call.Advice))
        {
            return SyscallResult.Error(Status.Einval);
        }

        return Elements(context, target, call, context.PeekedLinux?.Mm(target)?.Areas);
    }

    /// <summary>lib/iov_iter.c: more than UIO_MAXIOV elements, or a length with the sign bit set, EINVAL (while copying the vector); then an element whose end passes TASK_SIZE or wraps, EFAULT (access_ok).</summary>
    private static Status? ImportError(ImmutableArray<(ulong Addr, ulong Len)> iovec)
    {
        if (iovec.Length > UioMaxIov || iovec.Any(e => e.Len > long.MaxValue))
        {
            return Status.Einval;
        }

        return iovec.Any(e => e.Addr + e.Len < e.Addr || e.Addr + e.Len > TaskSize) ? Status.Efault : null;
    }

    /// <summary>
    /// The elements as the kernel's iov_iter walks them: nothing at all when the lengths add up to zero;
    /// otherwise the first element even when empty (madvise still checks its alignment), and after it
    /// only the non-empty ones (advancing the iterator skips empty segments).
    /// </summary>
    private static SyscallResult Elements(CallContext context, ulong target, Abi.PidfdMadvise call, ImmutableSortedDictionary<ulong, Area>? resolved)
    {
        ulong done = 0;
        if (call.Iovec.All(e => e.Len == 0))
        {
            return SyscallResult.Ok(Value.Int(0));
        }

        for (var k = 0; k < call.Iovec.Length; k++)
        {
            var (address, length) = call.Iovec[k];
            if (length == 0 && k > 0)
            {
                continue;
            }

            var result = Advise(context, target, address, length, call.Advice, resolved);
            if (!result.Succeeded)
            {
                return done > 0 ? SyscallResult.Ok(Value.Int(done)) : SyscallResult.Error(result.Status);
            }

            done += length;
        }

        return SyscallResult.Ok(Value.Int(done));
    }

    /// <summary>One element as madvise on the target; with <paramref name="resolved"/> (the seeded bug) over those areas instead of the target's current ones.</summary>
    private static SyscallResult Advise(CallContext context, ulong target, ulong address, ulong length, uint advice, ImmutableSortedDictionary<ulong, Area>? resolved)
    {
        if (resolved is null)
        {
            return MadviseRange.Apply(context, target, address, length, advice);
        }

        // COLD, PAGEOUT and WILLNEED never split or change an area, so the current areas go back unchanged.
        var current = context.Linux.Mm(target)!.Areas;
        context.Linux = context.Linux.WithMm(target, context.Linux.Mm(target)! with { Areas = resolved });
        var result = MadviseRange.Apply(context, target, address, length, advice);
        context.Linux = context.Linux.WithMm(target, context.Linux.Mm(target)! with { Areas = current });
        return result;
    }
}
