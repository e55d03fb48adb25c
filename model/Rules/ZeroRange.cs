using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// ZX_VMO_OP_ZERO's effect on a checked, non-empty range: partial pages at either end get zeros
/// written unless the whole page would read zero without a frame (ZeroPartialPage returns early then,
/// whatever the bytes of the range hold); whole pages are freed, or zeroed in place
/// when pinned or contiguous, whose frames must stay (INV-PIN-01).
/// </summary>
public static class ZeroRange
{
    public static bool TryApply(KernelState state, VmoState vmo, ulong offset, ulong length, out KernelState after)
    {
        var end = offset + length;
        var firstWhole = (offset + Ranges.PageSize - 1) / Ranges.PageSize;
        var lastWhole = end / Ranges.PageSize;
        if (firstWhole >= lastWhole)
        {
            return ZeroBytes(state, vmo, offset, length, out after);
        }

        if (!ZeroBytes(state, vmo, offset, (firstWhole * Ranges.PageSize) - offset, out after)
            || !ZeroBytes(after, vmo, lastWhole * Ranges.PageSize, end - (lastWhole * Ranges.PageSize), out after))
        {
            after = state;
            return false;
        }

        var view = PageView.Of(after, vmo);
        var first = firstWhole + view.PageShift;
        var last = lastWhole + view.PageShift;
        var owner = view.Owner;
        bool Stays(ulong page) => owner.IsPinned(page) || owner.Is(VmoTraits.Contiguous);
        after = Frames.Release(after, owner.Koid, Frames.HeldIn(owner, first, last).Where(p => !Stays(p)).ToList());
        owner = after.Vmos[owner.Koid];
        var pages = owner.Pages;
        foreach (var page in Frames.HeldIn(owner, first, last))
        {
            pages = pages.SetItem(page, pages[page] with { Data = PageBytes.Zero });
        }

        var captured = owner.Captured.RemoveRange(owner.Captured.Keys.Where(p => p >= first && p < last));
        after = after.WithVmo(owner with { Pages = pages, Captured = captured, Hidden = Frames.Hide(owner, first, last) });
        return true;
    }

    /// <summary>Zeros [offset, offset + length), page by page, skipping each page that would read zero without a frame.</summary>
    private static bool ZeroBytes(KernelState state, VmoState vmo, ulong offset, ulong length, out KernelState after)
    {
        after = state;
        var end = offset + length;
        for (var at = offset; at < end;)
        {
            var chunk = Math.Min(Ranges.PageSize - (at % Ranges.PageSize), end - at);
            var view = PageView.Of(after, vmo);
            if (!PageView.WouldReadZero(after, view.Owner, (at / Ranges.PageSize) + view.PageShift)
                && !VmoBytes.TryWrite(after, vmo, at, ByteString.Zeros((int)chunk), out after))
            {
                after = state;
                return false;
            }

            at += chunk;
        }

        return true;
    }
}
