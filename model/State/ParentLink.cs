namespace VmoKernel.Model.State;

/// <summary>
/// A child VMO's link to the VMO it was created from. <paramref name="PageOffset"/> is where the child
/// starts in the parent, in pages (0 for references and captured snapshots). For an at-least-on-write
/// child, <paramref name="ParentLimit"/> is the number of its pages that may show the parent (the parent's
/// size at creation caps it, as the real kernel's parent_limit_ does). <paramref name="Immutable"/>: the child was
/// made with ZX_VMO_CHILD_SNAPSHOT | ZX_VMO_CHILD_NO_WRITE (sys_vmo_create_child's initial_mutability), reported
/// as ZX_INFO_VMO_IMMUTABLE; NO_WRITE with any other kind is not.
/// </summary>
public sealed record ParentLink(ulong ParentKoid, ChildKind Kind, ulong PageOffset, bool Immutable, ulong ParentLimit = 0)
{
    public bool IsView => Kind is ChildKind.Slice or ChildKind.Reference;

    public bool IsCopyOnWrite => Kind is ChildKind.Snapshot or ChildKind.AtLeastOnWrite;

    /// <summary>Views and at-least-on-write children read their parent, so they keep it alive (D-10).</summary>
    public bool KeepsParentAlive => Kind is not ChildKind.Snapshot;
}
