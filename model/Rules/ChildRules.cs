using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The per-type rules of zx_vmo_create_child, in the kernel's order (reference notes §5). SLICE wins
/// over REFERENCE, which wins over the snapshot types (SNAPSHOT, then AT_LEAST_ON_WRITE, then MODIFIED).
/// </summary>
public static class ChildRules
{
    public static bool TryShape(ChildRequest request, out ChildShape shape, out Status error)
    {
        if ((request.Options & ChildOptions.Slice) != 0)
        {
            return TrySlice(request, out shape, out error);
        }

        return (request.Options & ChildOptions.Reference) != 0
            ? TryReference(request, out shape, out error)
            : TrySnapshot(request, out shape, out error);
    }

    /// <summary>No other option; page-aligned offset; size within the maximum (OUT_OF_RANGE); range inside the parent (INVALID_ARGS); parent not resizable (NOT_SUPPORTED).</summary>
    private static bool TrySlice(ChildRequest r, out ChildShape shape, out Status error)
    {
        shape = null!;
        var parent = r.Parent;
        error = r.Options != ChildOptions.Slice || !Ranges.IsAligned(r.Offset) ? Status.ZxErrInvalidArgs
            : r.Size > Ranges.MaxVmoSize ? Status.ZxErrOutOfRange
            : !Ranges.InRange(r.Offset, r.Size, parent.Size) ? Status.ZxErrInvalidArgs
            : parent.Is(VmoTraits.Resizable) ? Status.ZxErrNotSupported
            : Status.ZxOk;
        if (error != Status.ZxOk)
        {
            return false;
        }

        var link = new ParentLink(parent.Koid, ChildKind.Slice, r.Offset / Ranges.PageSize, Immutable: false);
        var physicalBase = parent.Is(VmoTraits.Physical) ? parent.PhysicalBase + r.Offset : 0;
        shape = new ChildShape(r.Size, parent.Traits, link, ImmutableSortedDictionary<ulong, PageBytes>.Empty, physicalBase);
        return true;
    }

    /// <summary>Only RESIZABLE besides; offset and size 0 (INVALID_ARGS); not of a slice, contiguous or physical VMO, RESIZABLE only of a resizable one (NOT_SUPPORTED).</summary>
    private static bool TryReference(ChildRequest r, out ChildShape shape, out Status error)
    {
        shape = null!;
        var parent = r.Parent;
        var resizable = (r.Options & ChildOptions.Resizable) != 0;
        error = (r.Options & ~(ChildOptions.Reference | ChildOptions.Resizable)) != 0 || r.Offset != 0 || r.Size != 0
                ? Status.ZxErrInvalidArgs
            : parent.Parent is { Kind: ChildKind.Slice } || parent.Is(VmoTraits.Contiguous) || parent.Is(VmoTraits.Physical)
                ? Status.ZxErrNotSupported
            : resizable && !parent.Is(VmoTraits.Resizable) ? Status.ZxErrNotSupported
            : Status.ZxOk;
        if (error != Status.ZxOk)
        {
            return false;
        }

        var link = new ParentLink(parent.Koid, ChildKind.Reference, 0, Immutable: false);
        shape = new ChildShape(parent.Size, parent.Traits, link, ImmutableSortedDictionary<ulong, PageBytes>.Empty, 0);
        return true;
    }

    /// <summary>
    /// One snapshot type (none: INVALID_ARGS), optional RESIZABLE, nothing else (INVALID_ARGS);
    /// contiguous parent (INVALID_ARGS); unaligned offset (INVALID_ARGS); size above the maximum or
    /// offset + size wrapping (OUT_OF_RANGE); a physical parent, or SNAPSHOT of a pager-backed one (NOT_SUPPORTED).
    /// The range may extend past the parent's end; that part reads zeros. SNAPSHOT_AT_LEAST_ON_WRITE (and
    /// SNAPSHOT_MODIFIED of a pager-backed parent) makes a child that reads the parent live (D-10).
    /// </summary>
    private static bool TrySnapshot(ChildRequest r, out ChildShape shape, out Status error)
    {
        shape = null!;
        var parent = r.Parent;
        var kind = (r.Options & ChildOptions.Snapshot) != 0 ? ChildOptions.Snapshot
            : (r.Options & ChildOptions.SnapshotAtLeastOnWrite) != 0 ? ChildOptions.SnapshotAtLeastOnWrite
            : (r.Options & ChildOptions.SnapshotModified) != 0 ? ChildOptions.SnapshotModified
            : 0u;
        var leftover = r.Options & ~(kind | ChildOptions.Resizable);
        error = kind == 0 || leftover != 0 || parent.Is(VmoTraits.Contiguous) || !Ranges.IsAligned(r.Offset) ? Status.ZxErrInvalidArgs
            : r.Size > Ranges.MaxVmoSize || !Ranges.TryEnd(r.Offset, r.Size, out _) ? Status.ZxErrOutOfRange
            : parent.Is(VmoTraits.Physical) || (kind == ChildOptions.Snapshot && parent.Is(VmoTraits.PagerBacked))
                ? Status.ZxErrNotSupported
            : Status.ZxOk;
        if (error != Status.ZxOk)
        {
            return false;
        }

        var traits = (r.Options & ChildOptions.Resizable) != 0 ? VmoTraits.Resizable : VmoTraits.None;
        var live = kind == ChildOptions.SnapshotAtLeastOnWrite
            || (kind == ChildOptions.SnapshotModified && parent.Is(VmoTraits.PagerBacked));
        if (live)
        {
            // D-10: reads the parent's current pages; the parent's size now caps what it may ever show.
            var offsetPages = r.Offset / Ranges.PageSize;
            var limit = offsetPages >= parent.PageCount ? 0 : Math.Min(r.Size / Ranges.PageSize, parent.PageCount - offsetPages);
            var liveLink = new ParentLink(parent.Koid, ChildKind.AtLeastOnWrite, offsetPages, Immutable: false, limit);
            shape = new ChildShape(r.Size, traits, liveLink, ImmutableSortedDictionary<ulong, PageBytes>.Empty, 0);
            return true;
        }

        // Only NO_WRITE with ZX_VMO_CHILD_SNAPSHOT itself is immutable from creation (sys_vmo_create_child's
        // initial_mutability): a SNAPSHOT_MODIFIED child that behaves as a snapshot is not guaranteed to.
        var immutable = r.NoWrite && kind == ChildOptions.Snapshot;
        var link = new ParentLink(parent.Koid, ChildKind.Snapshot, 0, immutable);
        shape = new ChildShape(r.Size, traits, link, Snapshots.Capture(r.State, parent, r.Offset, r.Size), 0);
        return true;
    }
}
