using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The moving part of transfer_data (D-11, INV-XFER-07): page by page in ascending offset. A committed
/// source page's frame and bytes move to the destination slot; an uncommitted one becomes a zero marker
/// there (VmCowPages::TakePages takes the page list as it is and SupplyPagesLocked turns an empty slot
/// into a marker), so the slot reads zero, holds no frame and no longer shows a parent. Either way the
/// destination's old frame is freed. The frames a copy-on-write destination needs first are checked
/// by the caller (<see cref="ForkFramesNeeded"/>), so the move itself cannot fail. The source must be
/// a plain VMO (no parent, no children); the destination may be a view.
/// </summary>
public static class PageMover
{
    /// <summary>
    /// How many frames the destination needs before anything moves: SupplyPagesLocked makes a
    /// destination with a live copy-on-write parent own every slot of the range first
    /// (RequireOwnedPage), one frame per slot it does not own; each is replaced, and freed, by the
    /// moved page or marker. Other destinations need none.
    /// </summary>
    public static ulong ForkFramesNeeded(KernelState state, VmoState dst, ulong dstFirst, ulong pages)
    {
        var view = PageView.Of(state, dst);
        var first = dstFirst + view.PageShift;
        return PageView.HasCopyOnWriteParent(state, view.Owner) ? Frames.CountMissing(view.Owner, first, first + pages) : 0;
    }

    public static KernelState Move(KernelState state, VmoState src, ulong srcFirst, VmoState dst, ulong dstFirst, ulong pages)
    {
        var ownerKoid = PageView.Of(state, dst).Owner.Koid;
        var shift = PageView.Of(state, dst).PageShift;
        for (ulong k = 0; k < pages; k++)
        {
            var source = state.Vmos[src.Koid];
            var owner = state.Vmos[ownerKoid];
            var to = dstFirst + shift + k;
            var memory = state.Memory;
            if (owner.Pages.TryGetValue(to, out var old))
            {
                memory = memory.Release(old.Frame);
            }

            if (source.Pages.TryGetValue(srcFirst + k, out var taken))
            {
                source = source with { Pages = source.Pages.Remove(srcFirst + k) };
                owner = owner with { Pages = owner.Pages.SetItem(to, taken) };
            }
            else
            {
                owner = owner with { Pages = owner.Pages.Remove(to), Hidden = Frames.Hide(owner, to, to + 1) };
            }

            owner = owner with { Captured = owner.Captured.Remove(to) };
            state = state.WithVmo(source).WithVmo(owner) with { Memory = memory };
        }

        return state;
    }
}
