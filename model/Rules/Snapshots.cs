using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Capturing a snapshot child's contents (D-10): the parent's non-zero pages in the child's range as
/// they are at creation. Pages beyond the parent's size read zero. No frames are taken.
/// </summary>
public static class Snapshots
{
    public static ImmutableSortedDictionary<ulong, PageBytes> Capture(KernelState state, VmoState parent, ulong offset, ulong size)
    {
        var view = PageView.Of(state, parent);
        var firstInParent = offset / Ranges.PageSize;
        var visible = firstInParent >= parent.PageCount ? 0 : Math.Min(size / Ranges.PageSize, parent.PageCount - firstInParent);
        var first = firstInParent + view.PageShift;
        var last = first + visible;
        var owner = view.Owner;
        var captured = ImmutableSortedDictionary.CreateBuilder<ulong, PageBytes>();
        foreach (var page in PageView.Candidates(state, owner, first, last))
        {
            var content = PageView.Content(state, owner, page);
            if (!content.IsZero)
            {
                captured[page - first] = content;
            }
        }

        return captured.ToImmutable();
    }
}
