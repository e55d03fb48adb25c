using VmoKernel.Abi;

namespace VmoKernel.Model;

/// <summary>
/// Deliberate bugs in the model's own rules, the must-fail twins of <c>checks exhaust</c>: each one
/// breaks the invariant its <see cref="BreaksAttribute"/> names (a check of model/Invariants), and only
/// after three or more calls, so finding it takes a search rather than a single step. A
/// <see cref="State.KernelState"/> carries the set in force (<see cref="State.KernelState.Faults"/>), so
/// the model stays a pure function of its inputs; a fresh kernel has <see cref="None"/> and behaves
/// exactly as the real kernel documents.
/// </summary>
[Flags]
public enum ModelFaults
{
    None = 0,

    /// <summary>UNLOCK of a nested lock drops the count to zero (found by: create, lock, lock, unlock).</summary>
    [Breaks("INV-DISC-07")]
    UnlockDropsNestedLocks = 1 << 0,

    /// <summary>LOCK does not clear the discarded state (found by: create, lock, unlock, reclaim, lock).</summary>
    [Breaks("INV-DISC-01")]
    LockKeepsDiscarded = 1 << 1,

    /// <summary>The reclaimer also takes locked VMOs (found by: create, lock, reclaim).</summary>
    [Breaks("INV-DISC-01")]
    ReclaimTakesLocked = 1 << 2,

    /// <summary>The reclaimer never takes the ALWAYS_NEED list (found by: create lockless, write, always_need, reclaim(OOM)).</summary>
    [Breaks("INV-RECLAIM-01")]
    ReclaimSkipsHinted = 1 << 3,

    /// <summary>A destroyed child stays in its parent's child list (found by: create, create_child, close child).</summary>
    [Breaks("INV-CHILD-02")]
    DestroyedChildStaysListed = 1 << 4,

    /// <summary>Slices and references do not keep their parent alive (found by: create, create slice, close parent).</summary>
    [Breaks("INV-CHILD-02")]
    ViewsDoNotKeepParentAlive = 1 << 5,

    /// <summary>Duplicating with SAME_RIGHTS gives the VMO's default rights, not the source's (found by: create, replace narrower, duplicate).</summary>
    [Breaks("INV-RIGHTS-02")]
    DuplicateRestoresDefaultRights = 1 << 6,
}
