using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// madvise(2) over one process's address space, as do_madvise and madvise_walk_vmas do it in 6.13
/// (L-17): the advice, the start's alignment and the length first; then the VMAs in address order,
/// each advised on its part of the range; a hole is skipped and reported ENOMEM at the end; a VMA's
/// refusal (EINVAL) ends the walk at once; changes made before either stay. The 2014 volatile-range
/// advice (L-7) is all-or-nothing instead: every check before any change. Shared by madvise and each
/// element of process_madvise (L-15).
/// </summary>
public static class LinuxAdvice
{
    private static readonly HashSet<uint> Known =
    [
        MadvNormal, MadvRandom, MadvSequential, MadvWillNeed, MadvDontNeed, MadvFree, MadvDontFork, MadvDoFork,
        MadvDontDump, MadvDoDump, MadvWipeOnFork, MadvKeepOnFork, MadvCold, MadvPageOut, MadvVolatile, MadvNonVolatile,
    ];

    /// <summary>madvise_behavior_valid, for the advice the model knows.</summary>
    public static bool IsValid(uint advice) => Known.Contains(advice);

    /// <summary>The advice on [start, start + length) of <paramref name="process"/>: the state, the status and NONVOLATILE's value.</summary>
    public static (KernelState State, Status Status, Value Value) Apply(KernelState state, ulong process, ulong start, ulong length, uint advice)
    {
        if (!IsValid(advice) || !KernelLayout.IsPageAligned(start))
        {
            return (state, Status.Einval, Value.None);
        }

        if (advice is MadvVolatile or MadvNonVolatile)
        {
            return Volatility.Apply(state, process, start, length, advice);
        }

        var rounded = (length + KernelLayout.PageSize - 1) & ~(KernelLayout.PageSize - 1);
        if ((length != 0 && rounded == 0) || !Ranges.TryEnd(start, rounded, out var end))
        {
            return (state, Status.Einval, Value.None);
        }

        if (end == start)
        {
            return (state, Status.Ok, Value.None);
        }

        var after = state;
        var hole = false;
        var at = start;
        foreach (var vma in state.Linux.Process(process).Overlapping(start, end).ToList())
        {
            hole |= vma.Start > at;
            var from = Math.Max(vma.Start, start);
            var to = Math.Min(vma.End, end);
            if (Refuses(vma, advice))
            {
                return (LinuxPages.Collect(after), Status.Einval, Value.None);
            }

            after = Advise(after, process, vma, from, to, advice);
            at = to;
        }

        return (LinuxPages.Collect(after), hole || at < end ? Status.Enomem : Status.Ok, Value.None);
    }

    /// <summary>Why madvise_vma_behavior refuses a VMA: EINVAL cases of madvise_dontneed_free_valid_vma, can_madv_lru_vma, madvise_update_vma's callers.</summary>
    private static bool Refuses(Vma vma, uint advice) => advice switch
    {
        MadvDontNeed or MadvCold or MadvPageOut => vma.Has(VmFlags.Locked),
        MadvFree => vma.Has(VmFlags.Locked) || vma.Has(VmFlags.Shared),
        MadvWipeOnFork => vma.Has(VmFlags.Shared),
        MadvKeepOnFork or MadvDoDump => vma.Has(VmFlags.Droppable),
        _ => false,
    };

    private static KernelState Advise(KernelState state, ulong process, Vma vma, ulong from, ulong to, uint advice)
    {
        var world = state.Linux;
        var me = world.Process(process);
        LinuxProcess Flag(VmFlags set, VmFlags clear) => LinuxSpace.Update(me, from, to, v => v with { Flags = (v.Flags | set) & ~clear });
        var changed = advice switch
        {
            MadvDontNeed when !vma.Has(VmFlags.Shared) => LinuxSpace.Zap(me, from, to),
            MadvFree => me with
            {
                Ptes = me.Ptes.SetItems(me.Ptes.Where(e => e.Key >= from && e.Key < to && e.Value.HasFrame && LinuxPages.References(world, e.Value.Page) == 1)
                .Select(e => KeyValuePair.Create(e.Key, e.Value with { LazyFree = true })))
            },
            MadvDontFork => Flag(VmFlags.DontCopy, VmFlags.None),
            MadvDoFork => Flag(VmFlags.None, VmFlags.DontCopy),
            MadvDontDump => Flag(VmFlags.DontDump, VmFlags.None),
            MadvDoDump => Flag(VmFlags.None, VmFlags.DontDump),
            MadvWipeOnFork => Flag(VmFlags.WipeOnFork, VmFlags.None),
            MadvKeepOnFork => Flag(VmFlags.None, VmFlags.WipeOnFork),
            _ => me,
        };
        var after = ReferenceEquals(changed, me) ? state : state with { Linux = world.WithProcess(process, changed) };
        return advice == MadvPageOut ? LinuxReclaim.Take(after, process, from, to) : after;
    }
}
