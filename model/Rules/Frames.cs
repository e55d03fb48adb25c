using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Committing and freeing a VMO's own pages. Commits allocate in ascending page order; frees push
/// frames in ascending page order, so the highest page's frame is reused first (LIFO).
/// A commit that cannot get every frame it needs fails with ZX_ERR_NO_MEMORY and changes nothing.
/// </summary>
public static class Frames
{
    /// <summary>Page indices in [first, last) that the owner does not hold, in ascending order.</summary>
    public static ulong CountMissing(VmoState owner, ulong first, ulong last) =>
        (last - first) - (ulong)owner.Pages.Keys.Count(p => p >= first && p < last);

    /// <summary>True when <paramref name="needed"/> frames may be allocated by one call.</summary>
    public static bool CanAllocate(KernelState state, ulong needed) =>
        needed <= state.Memory.Free && needed <= VmoLimits.MaxFramesPerCall;

    /// <summary>
    /// Gives the owner a frame for every page in [first, last) it lacks; a new frame holds the page's
    /// current content (the snapshot capture or zeros). ZX_ERR_NO_MEMORY changes nothing.
    /// </summary>
    public static bool TryCommit(KernelState state, ulong ownerKoid, ulong first, ulong last, out KernelState after)
    {
        var owner = state.Vmos[ownerKoid];
        if (!CanAllocate(state, CountMissing(owner, first, last)))
        {
            after = state;
            return false;
        }

        var memory = state.Memory;
        var pages = owner.Pages;
        var captured = owner.Captured;
        for (var page = first; page < last; page++)
        {
            if (pages.ContainsKey(page))
            {
                continue;
            }

            memory.TryAllocate(out memory, out var frame);
            pages = pages.Add(page, new PageSlot(frame, PageView.Content(state, owner, page)));
            captured = captured.Remove(page);
        }

        after = state.WithVmo(owner with { Pages = pages, Captured = captured }) with { Memory = memory };
        return true;
    }

    /// <summary>Frees the owner's frames for the given pages (ascending) and forgets their captured contents.</summary>
    public static KernelState Release(KernelState state, ulong ownerKoid, IEnumerable<ulong> pagesToFree)
    {
        var owner = state.Vmos[ownerKoid];
        var memory = state.Memory;
        var pages = owner.Pages;
        foreach (var page in pagesToFree.Order())
        {
            if (pages.TryGetValue(page, out var slot))
            {
                memory = memory.Release(slot.Frame);
                pages = pages.Remove(page);
            }
        }

        return state.WithVmo(owner with { Pages = pages }) with { Memory = memory };
    }

    /// <summary>Pages of the owner (own frames or captured contents) within [first, last).</summary>
    public static IEnumerable<ulong> HeldIn(VmoState owner, ulong first, ulong last) =>
        owner.Pages.Keys.Where(p => p >= first && p < last);

    /// <summary>
    /// Makes [first, last) of the owner read as zeros: frees its frames there, drops captured snapshot
    /// contents and hides an at-least-on-write parent, so no parent data shows through (DECOMMIT, ZERO, shrink).
    /// </summary>
    public static KernelState ZeroPages(KernelState state, ulong ownerKoid, ulong first, ulong last)
    {
        var released = Release(state, ownerKoid, HeldIn(state.Vmos[ownerKoid], first, last).ToList());
        var owner = released.Vmos[ownerKoid];
        var captured = owner.Captured;
        foreach (var page in owner.Captured.Keys.Where(p => p >= first && p < last))
        {
            captured = captured.Remove(page);
        }

        return released.WithVmo(owner with { Captured = captured, Hidden = Hide(owner, first, last) });
    }

    /// <summary>An at-least-on-write child stops showing its parent in [first, last) (D-10).</summary>
    public static System.Collections.Immutable.ImmutableSortedDictionary<ulong, ulong> Hide(VmoState owner, ulong first, ulong last)
    {
        if (owner.Parent is not { Kind: ChildKind.AtLeastOnWrite } link)
        {
            return owner.Hidden;
        }

        last = Math.Min(last, link.ParentLimit);
        if (first >= last)
        {
            return owner.Hidden;
        }

        var overlapping = owner.Hidden.Where(i => i.Key <= last && first <= i.Value).ToList();
        var start = overlapping.Select(i => i.Key).Append(first).Min();
        var end = overlapping.Select(i => i.Value).Append(last).Max();
        return owner.Hidden.RemoveRange(overlapping.Select(i => i.Key)).Add(start, end);
    }
}
