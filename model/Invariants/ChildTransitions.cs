using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Copy-on-write isolation (INV-CHILD-01, D-10): a captured snapshot child's (SNAPSHOT, SNAPSHOT_MODIFIED) contents change only through a call
/// that names it (or a view of it) by handle, or a store through a mapping; writes to its parent or to
/// any other VMO never show through. Pages are compared by content, not by frame.
/// </summary>
public static class ChildTransitions
{
    /// <summary>Stores through a mapping and failed calls are not judged; a call that replaced no VMO record changed no child.</summary>
    public static IEnumerable<InvariantViolation> Check(Transition t) =>
        t.Call is MemWrite || t.Failed || t.VmosUnchanged ? [] : Checked(t);

    private static IEnumerable<InvariantViolation> Checked(Transition t)
    {
        // The VMOs the call names are worked out only once some snapshot child has changed: most calls
        // replace no child's record, and a record not replaced (records are immutable) has the same pages.
        HashSet<ulong>? named = null;
        foreach (var (_, child) in t.VmosToCompare)
        {
            if (child.Parent is not { Kind: ChildKind.Snapshot } || !t.After.Vmos.TryGetValue(child.Koid, out var after)
                || ReferenceEquals(child, after) || ChangedPage(t, child, after) is not { } page)
            {
                continue;
            }

            named ??= Named(t);
            if (!named.Contains(child.Koid))
            {
                yield return InvariantViolation.Of("INV-CHILD-01", $"{t.Call} changed page {page} of snapshot child {child.Koid}, which it does not name");
            }
        }
    }

    /// <summary>The owners of the page slots the call may write through the handles it names.</summary>
    private static HashSet<ulong> Named(Transition t) =>
        HandleUses.Of(t)
            .Where(u => u.MayChangeContents)
            .Select(u => t.VmoBefore(u.Handle))
            .OfType<VmoState>()
            .Select(v => PageView.Of(t.Before, v).Owner.Koid)
            .ToHashSet();

    private static ulong? ChangedPage(Transition t, VmoState before, VmoState after)
    {
        var pages = before.Pages.Keys.Concat(before.Captured.Keys).Concat(after.Pages.Keys).Concat(after.Captured.Keys)
            .Where(p => p < after.PageCount);
        foreach (var page in pages)
        {
            if (!PageView.Content(t.Before, before, page).Equals(PageView.Content(t.After, after, page)))
            {
                return page;
            }
        }

        return null;
    }
}
