using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Applies one madvise advice to [start, start + length) of process <c>pid</c>'s mm, with madvise's own
/// checks in do_madvise's order (INV-LINUX-09, L-17): the advice, the start's alignment, the length; then
/// madvise_walk_vmas: each area's part in order, a hole skipped and answered ENOMEM at the end, an area
/// that refuses the advice ending the walk with EINVAL; the changes made before an error stay. The
/// volatile advice has its own all-or-nothing checks (<see cref="VolatileRange"/>).
/// </summary>
internal static class MadviseRange
{
    private static readonly HashSet<uint> Known =
    [
        MadvNormal, MadvRandom, MadvSequential, MadvWillNeed, MadvDontNeed, MadvFree, MadvDontFork, MadvDoFork,
        MadvDontDump, MadvDoDump, MadvWipeOnFork, MadvKeepOnFork, MadvCold, MadvPageOut, MadvVolatile, MadvNonVolatile,
    ];

    /// <summary>Whether madvise knows the advice (madvise_behavior_valid, plus the volatile pair of L-7).</summary>
    public static bool Valid(uint advice) => Known.Contains(advice);

    /// <summary>The errno of the advice, or OK; on an error nothing changed. The value is MADV_NONVOLATILE's <c>{purged}</c> record, else none.</summary>
    public static SyscallResult Apply(CallContext context, ulong pid, ulong start, ulong length, uint advice)
    {
        if (!Valid(advice))
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (advice is MadvVolatile or MadvNonVolatile)
        {
            return VolatileRange.Apply(context, pid, start, length, advice == MadvVolatile);
        }

        var rounded = LinuxPages.Up(length);
        if (!LinuxPages.Aligned(start) || (length != 0 && rounded == 0) || start + rounded < start)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var end = start + rounded;
        if (end == start)
        {
            return SyscallResult.Ok();
        }

        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var next = start;
        var hole = false;
        foreach (var area in AreaEdits.Overlapping(mm, start, end).ToList())
        {
            hole |= area.Start > next;
            if (Visit(context, pid, area, Math.Max(start, area.Start), Math.Min(end, area.End), advice) is { } refused)
            {
                return SyscallResult.Error(refused);
            }

            next = area.End;
        }

        return hole || next < end ? SyscallResult.Error(Status.Enomem) : SyscallResult.Ok();
    }

    /// <summary>The advice on one area's part [from, to): null when done, or the errno that ends the walk.</summary>
    private static Status? Visit(CallContext context, ulong pid, Area area, ulong from, ulong to, uint advice)
    {
        var locked = area.Has(AreaFlags.Locked);
        var shared = area.Has(AreaFlags.Shared);
        var droppable = area.Has(AreaFlags.Droppable);
        switch (advice)
        {
            case MadvDontNeed or MadvFree or MadvCold or MadvPageOut when locked:
            case MadvFree or MadvWipeOnFork when shared:
            case MadvDoDump or MadvKeepOnFork when droppable:
                return Status.Einval;
            case MadvDontNeed when !shared:
                var mm = context.Linux.Mms[pid];
                context.Linux = context.Linux.WithMm(pid, AreaEdits.ZapEntries(mm, from, to));
                AnonPages.Collect(context);
                break;
            case MadvFree:
                MarkLazyFree(context, pid, from, to);
                break;
            case MadvPageOut:
                LinuxReclaim.PageOut(context, pid, from, to);
                break;
            case MadvDontFork or MadvDoFork:
                SetFlag(context, pid, from, to, AreaFlags.DontCopy, advice == MadvDontFork);
                break;
            case MadvDontDump or MadvDoDump:
                SetFlag(context, pid, from, to, AreaFlags.DontDump, advice == MadvDontDump);
                break;
            case MadvWipeOnFork or MadvKeepOnFork:
                SetFlag(context, pid, from, to, AreaFlags.WipeOnFork, advice == MadvWipeOnFork);
                break;
        }

        return null;
    }

    private static void SetFlag(CallContext context, ulong pid, ulong from, ulong to, AreaFlags flag, bool on) =>
        context.Linux = context.Linux.WithMm(pid, AreaEdits.Change(context.Linux.Mms[pid], from, to, a => a with { Flags = on ? a.Flags | flag : a.Flags & ~flag }));

    /// <summary>MADV_FREE: the private pages of the range that only this mapping names become lazily freeable until the next store.</summary>
    private static void MarkLazyFree(CallContext context, ulong pid, ulong from, ulong to)
    {
        var world = context.Linux;
        var mm = world.Mms[pid];
        var marked = mm.Entries.Where(e => e.Key >= from && e.Key < to && e.Value.Kind == EntryKind.Frame && AnonPages.References(world, e.Value.Frame) == 1)
            .Select(e => KeyValuePair.Create(e.Key, e.Value with { LazyFree = true }));
        context.Linux = world.WithMm(pid, mm with { Entries = mm.Entries.SetItems(marked) });
    }
}
