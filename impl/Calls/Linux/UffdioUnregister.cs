using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ioctl(uffd, UFFDIO_UNREGISTER) (fs/userfaultfd.c userfaultfd_unregister): the descriptor, validate_range, then
/// the uffd's mm: no VMA in the range or a droppable one EINVAL. Every registered VMA in the range (whichever uffd
/// it is registered with, as the kernel's loop does) wakes its uffd's waiters in the range (L-13) and is split and
/// unregistered.
/// </summary>
internal static class UffdioUnregister
{
    public static SyscallResult Run(CallContext context, Abi.UffdioUnregister call)
    {
        context.Need(linux: true);
        var found = UffdDescriptor.ForRangeIoctl(context, call.Uffd, call.Start, call.Length, out var uffd);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        var end = call.Start + call.Length;
        var mm = context.Linux.Mm(uffd.Owner);
        var areas = mm is null ? [] : AreaRegistration.Overlapping(mm, call.Start, end).ToList();
        if (areas.Count == 0 || areas.Exists(a => a.Has(AreaFlags.Droppable)))
        {
            return SyscallResult.Error(Status.Einval);
        }

        foreach (var area in areas.Where(a => a.Uffd != 0))
        {
            UffdFaults.WakeFaults(context, area.Uffd, Math.Max(area.Start, call.Start), Math.Min(area.End, end));
        }

        context.Linux = context.Linux.WithMm(uffd.Owner, AreaRegistration.Unregister(context.Linux.Mm(uffd.Owner)!, call.Start, end));
        return SyscallResult.Ok();
    }
}
