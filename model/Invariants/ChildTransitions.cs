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
    public static IEnumerable<InvariantViolation> Check(Transition t)
    {
        if (t.Call is MemWrite || !t.Result.Succeeded)
        {
            yield break;
        }

        var named = HandleUses.Of(t)
            .Where(u => u.MayChangeContents)
            .Select(u => t.VmoBefore(u.Handle))
            .OfType<VmoState>()
            .Select(v => PageView.Of(t.Before, v).Owner.Koid)
            .ToHashSet();
        foreach (var child in t.Before.Vmos.Values.Where(v => v.Parent is { Kind: ChildKind.Snapshot } && !named.Contains(v.Koid)))
        {
            if (t.After.Vmos.TryGetValue(child.Koid, out var after) && ChangedPage(t, child, after) is { } page)
            {
                yield return InvariantViolation.Of("INV-CHILD-01", $"{t.Call} changed page {page} of snapshot child {child.Koid}, which it does not name");
            }
        }
    }

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
