namespace VmoKernel.Kernel.State;

/// <summary>
/// Register a new discardable VMO, move one to the tail (its unlock to a lock count of 0), or drop it.
/// Whether a VMO sits on the regular or the ALWAYS_NEED-hinted list is its own <c>Hinted</c> flag, read
/// under its lock; hints do not move it in the unlock order (D-27).
/// </summary>
internal enum ReclaimListChangeKind
{
    Register,
    Touch,
    Remove,
}
