using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Where a VMO's pages live: views (slice, reference) read and write their parent's page slots
/// (D-10), so page i of a VMO is page <c>i + PageShift</c> of <see cref="Owner"/>, the first ancestor
/// that is not a view.
/// </summary>
public sealed record PageView(VmoState Owner, ulong PageShift)
{
    public static PageView Of(KernelState state, VmoState vmo)
    {
        // Callers may hold a record from before an earlier change in the same call; read the current one.
        vmo = state.Vmos.GetValueOrDefault(vmo.Koid, vmo);
        ulong shift = 0;
        while (vmo.Parent is { IsView: true } link && state.Vmos.TryGetValue(link.ParentKoid, out var parent))
        {
            shift += link.PageOffset;
            vmo = parent;
        }

        return new PageView(vmo, shift);
    }

    /// <summary>The owner's copy-on-write parent is alive, so an absent page shows the parent, not zeros.</summary>
    public static bool HasCopyOnWriteParent(KernelState state, VmoState owner) =>
        owner.Parent is { IsCopyOnWrite: true } link && state.Vmos.ContainsKey(link.ParentKoid);

    /// <summary>
    /// Whether an absent page of the owner fails to read as zeros, so DECOMMIT is refused
    /// (VmCowPages::DecommitRange: a parent, or a page source that preserves content): a live
    /// copy-on-write parent or a pager. The hidden parent the real kernel puts above a VMO with a
    /// snapshot child is not modelled (D-10, D-28).
    /// </summary>
    public static bool CannotDecommit(KernelState state, VmoState owner) =>
        owner.Is(VmoTraits.PagerBacked) || HasCopyOnWriteParent(state, owner);

    /// <summary>
    /// ZeroPartialPage's early return (VmCowPages::PageWouldReadZeroLocked): the page holds no frame and
    /// no captured content, and no copy-on-write parent shows it a page.
    /// </summary>
    public static bool WouldReadZero(KernelState state, VmoState owner, ulong page) =>
        !owner.Pages.ContainsKey(page) && !owner.Captured.ContainsKey(page)
        && (owner.IsHidden(page) || Candidates(state, owner, page, page + 1).Count == 0);

    /// <summary>
    /// The bytes of the owner's page: its own frame, else the snapshot capture, else, for an
    /// at-least-on-write child, the parent's current page unless hidden or past the parent limit,
    /// else zeros. A page past the owner's size reads zero.
    /// </summary>
    public static PageBytes Content(KernelState state, VmoState owner, ulong page)
    {
        while (page < owner.PageCount)
        {
            if (owner.Pages.TryGetValue(page, out var slot))
            {
                return slot.Data;
            }

            if (owner.Captured.TryGetValue(page, out var captured))
            {
                return captured;
            }

            if (owner.Parent is not { Kind: ChildKind.AtLeastOnWrite } link || page >= link.ParentLimit || owner.IsHidden(page)
                || !state.Vmos.TryGetValue(link.ParentKoid, out var parent))
            {
                break;
            }

            var view = Of(state, parent);
            owner = view.Owner;
            page += link.PageOffset + view.PageShift;
        }

        return PageBytes.Zero;
    }

    /// <summary>
    /// The owner's pages in [first, last) that may read non-zero: those it holds or captured, and for an
    /// at-least-on-write child those its parent chain may show. Sparse, so huge ranges stay cheap.
    /// </summary>
    public static SortedSet<ulong> Candidates(KernelState state, VmoState owner, ulong first, ulong last)
    {
        var found = new SortedSet<ulong>(owner.Pages.Keys.Concat(owner.Captured.Keys).Where(p => p >= first && p < last));
        if (owner.Parent is { Kind: ChildKind.AtLeastOnWrite } link && state.Vmos.TryGetValue(link.ParentKoid, out var parent))
        {
            var view = Of(state, parent);
            var shift = link.PageOffset + view.PageShift;
            var limit = Math.Min(last, link.ParentLimit);
            if (first < limit)
            {
                found.UnionWith(Candidates(state, view.Owner, first + shift, limit + shift).Select(p => p - shift));
            }
        }

        return found;
    }
}
