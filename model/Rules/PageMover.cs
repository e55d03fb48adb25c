using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The moving part of transfer_data (D-11, INV-XFER-07): page by page in ascending offset, a committed
/// source page's frame and bytes move to the destination slot and the destination's old frame is
/// freed; an uncommitted source page needs a fresh zero frame for the destination, and if none can be
/// allocated the move stops there with pages [0, k) moved and [k, n) untouched (INV-XFER-06).
/// The source must be a plain VMO (no parent, no children); the destination may be a view.
/// </summary>
public static class PageMover
{
    public sealed record Result(KernelState State, bool Complete);

    public static Result Move(KernelState state, VmoState src, ulong srcFirst, VmoState dst, ulong dstFirst, ulong pages)
    {
        var ownerKoid = PageView.Of(state, dst).Owner.Koid;
        var shift = PageView.Of(state, dst).PageShift;
        ulong allocated = 0;
        for (ulong k = 0; k < pages; k++)
        {
            var source = state.Vmos[src.Koid];
            var owner = state.Vmos[ownerKoid];
            var to = dstFirst + shift + k;
            var memory = state.Memory;
            PageSlot slot;
            if (source.Pages.TryGetValue(srcFirst + k, out var taken))
            {
                slot = taken;
                source = source with { Pages = source.Pages.Remove(srcFirst + k) };
            }
            else
            {
                if (allocated >= VmoLimits.MaxFramesPerCall || !memory.TryAllocate(out memory, out var frame))
                {
                    return new Result(state, false);
                }

                allocated++;

                slot = new PageSlot(frame, PageBytes.Zero);
            }

            if (owner.Pages.TryGetValue(to, out var old))
            {
                memory = memory.Release(old.Frame);
            }

            owner = owner with { Pages = owner.Pages.SetItem(to, slot), Captured = owner.Captured.Remove(to) };
            state = state.WithVmo(source).WithVmo(owner) with { Memory = memory };
        }

        return new Result(state, true);
    }
}
