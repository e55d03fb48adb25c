namespace VmoKernel.Kernel.State;

/// <summary>How a VMO relates to its parent: none, a snapshot (own copy-on-write pages), or a view (slice / reference).</summary>
public enum ChildKind
{
    None,
    Snapshot,
    Slice,
    Reference,
}
