using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// mlock's and munlock's range walk (mm/mlock.c do_mlock, apply_vma_lock_flags): the start is rounded down
/// and the length up; a wrapping range is EINVAL, an empty one OK; the areas change in order and a hole
/// (at the start or later) answers ENOMEM keeping what changed before it. A droppable area is never
/// locked (L-5, INV-LINUX-02).
/// </summary>
internal static class LockRange
{
    public static SyscallResult Apply(CallContext context, ulong addr, ulong length, bool locking)
    {
        var start = LinuxPages.Down(addr);
        var end = start + LinuxPages.Up(length + (addr - start));
        if (end < start)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var pid = context.ProcessKoid;
        if (end == start)
        {
            return SyscallResult.Ok();
        }

        var mm = context.Linux.Mm(pid)!;
        var pieces = AreaEdits.LeadingPieces(mm, start, end, out var complete);
        foreach (var (from, to) in pieces)
        {
            mm = AreaEdits.Change(mm, from, to, a => Locked(context, a, locking));
        }

        context.Linux = context.Linux.WithMm(pid, mm);

        // The areas locked before a hole are populated even when the call answers ENOMEM, as the model does
        // (6.13's do_mlock returns before __mm_populate on an error; noted for the lead).
        foreach (var (from, to) in locking ? pieces : [])
        {
            Populate.Range(context, pid, from, to);
        }

        return complete ? SyscallResult.Ok() : SyscallResult.Error(Status.Enomem);
    }

    /// <summary>The area with VM_LOCKED set or cleared; mlock_fixup leaves a droppable area unlocked.</summary>
    public static Area Locked(CallContext context, Area area, bool locking)
    {
        if (!locking)
        {
            return area with { Flags = area.Flags & ~AreaFlags.Locked };
        }

        return area.Has(AreaFlags.Droppable) && !context.Bugs.Has(SeededBug.MlockCountsDroppable) ? area : area with { Flags = area.Flags | AreaFlags.Locked };
    }
}
