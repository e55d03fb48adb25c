using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// MADV_VOLATILE and MADV_NONVOLATILE (the 2014 proposal, v14; L-7, INV-LINUX-12): an unaligned start or
/// length is EINVAL; length 0 does nothing; then, before any change, a hole is ENOMEM and a VM_LOCKED or
/// shared area EINVAL (the first met in address order). NONVOLATILE answers <c>{purged}</c>: 1 when a
/// purge marker was in the range, and clears the markers, so those pages read zero again.
/// </summary>
internal static class VolatileRange
{
    public static SyscallResult Apply(CallContext context, ulong pid, ulong start, ulong length, bool volatileOn)
    {
        if (!LinuxPages.Aligned(start) || !LinuxPages.Aligned(length) || start + length < start)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var end = start + length;
        if (end == start)
        {
            return Done(volatileOn, purged: false);
        }

        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var next = start;
        foreach (var area in AreaEdits.Overlapping(mm, start, end))
        {
            if (area.Start > next)
            {
                return SyscallResult.Error(Status.Enomem);
            }

            if (area.Has(AreaFlags.Locked) || area.Has(AreaFlags.Shared))
            {
                return SyscallResult.Error(Status.Einval);
            }

            next = area.End;
        }

        if (next < end)
        {
            return SyscallResult.Error(Status.Enomem);
        }

        var looked = context.Bugs.Has(SeededBug.NonvolatileReadsPurgeBeforeLock) ? context.PeekedLinux?.Mm(pid) ?? mm : mm;
        var markers = looked.Entries.Where(e => e.Key >= start && e.Key < end && e.Value.Kind == EntryKind.PurgeMarker).Select(e => e.Key).ToList();
        mm = AreaEdits.Change(mm, start, end, a => a with { Flags = volatileOn ? a.Flags | AreaFlags.Volatile : a.Flags & ~AreaFlags.Volatile });
        if (!volatileOn)
        {
            mm = mm with { Entries = mm.Entries.RemoveRange(mm.Entries.Where(e => e.Key >= start && e.Key < end && e.Value.Kind == EntryKind.PurgeMarker).Select(e => e.Key).ToList()) };
        }

        context.Linux = context.Linux.WithMm(pid, mm);
        return Done(volatileOn, markers.Count > 0);
    }

    private static SyscallResult Done(bool volatileOn, bool purged) =>
        volatileOn ? SyscallResult.Ok() : SyscallResult.Ok(Value.Record(("purged", Value.Int(purged ? 1UL : 0UL))));
}
