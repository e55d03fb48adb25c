using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// MADV_VOLATILE / MADV_NONVOLATILE, the madvise form of Volatile Ranges v14 (L-7, seed 002): private
/// anonymous memory only. Checks before any change, in address order: unaligned start or length
/// EINVAL; then over the range, a hole ENOMEM and a VM_LOCKED or shared VMA EINVAL, whichever comes
/// first; length 0 is a no-op. NONVOLATILE answers <c>{purged}</c>: 1 when a purge marker was in the
/// range; the markers are cleared, so the purged pages read zero from then on.
/// </summary>
public static class Volatility
{
    public static (KernelState State, Status Status, Value Value) Apply(KernelState state, ulong process, ulong start, ulong length, uint advice)
    {
        var nonVolatile = advice == LinuxConstants.MadvNonVolatile;
        if (!KernelLayout.IsPageAligned(length) || !Ranges.TryEnd(start, length, out var end))
        {
            return (state, Status.Einval, Value.None);
        }

        if (length == 0)
        {
            return (state, Status.Ok, nonVolatile ? Purged(0) : Value.None);
        }

        var me = state.Linux.Process(process);
        var at = start;
        foreach (var vma in me.Overlapping(start, end))
        {
            if (vma.Start > at)
            {
                return (state, Status.Enomem, Value.None);
            }

            if (vma.Has(VmFlags.Locked) || vma.Has(VmFlags.Shared))
            {
                return (state, Status.Einval, Value.None);
            }

            at = vma.End;
        }

        if (at < end)
        {
            return (state, Status.Enomem, Value.None);
        }

        var changed = LinuxSpace.Update(me, start, end, v => v with { Flags = nonVolatile ? v.Flags & ~VmFlags.Volatile : v.Flags | VmFlags.Volatile });
        if (!nonVolatile)
        {
            return (state with { Linux = state.Linux.WithProcess(process, changed) }, Status.Ok, Value.None);
        }

        var markers = changed.Ptes.Where(e => e.Key >= start && e.Key < end && e.Value.Purged).Select(e => e.Key).ToList();
        changed = changed with { Ptes = changed.Ptes.RemoveRange(markers) };
        return (state with { Linux = state.Linux.WithProcess(process, changed) }, Status.Ok, Purged(markers.Count > 0 ? 1UL : 0));
    }

    private static Value Purged(ulong purged) => Value.Record(("purged", Value.Int(purged)));
}
