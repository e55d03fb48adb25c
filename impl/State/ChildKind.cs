namespace VmoKernel.Kernel.State;

/// <summary>
/// How a VMO relates to its parent (D-10): none; a snapshot that captured the parent's contents at
/// creation; an at-least-on-write child that reads the parent's current page wherever it has not written
/// (and keeps the parent alive); or a view (slice / reference) onto the parent's page slots.
/// </summary>
public enum ChildKind
{
    None,
    Snapshot,
    AtLeastOnWrite,
    Slice,
    Reference,
}
