namespace VmoKernel.Model.State;

/// <summary>
/// How a child VMO relates to its parent (D-10). <see cref="Snapshot"/> (SNAPSHOT, and SNAPSHOT_MODIFIED
/// of an anonymous parent) captured the parent's contents at creation; <see cref="AtLeastOnWrite"/>
/// (SNAPSHOT_AT_LEAST_ON_WRITE, and SNAPSHOT_MODIFIED of a pager-backed parent) reads the parent's
/// current contents for every page it has not written; slices and references are views onto the
/// parent's page slots.
/// </summary>
public enum ChildKind
{
    Snapshot,
    AtLeastOnWrite,
    Slice,
    Reference,
}
