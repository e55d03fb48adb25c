namespace VmoKernel.Model;

/// <summary>
/// Deliberate bugs in the model's own rules, the must-fail twins of <c>checks exhaust</c>: each one
/// breaks an invariant of model/Invariants, and only after three or more calls, so finding it takes a
/// search rather than a single step. A <see cref="State.KernelState"/> carries the set in force
/// (<see cref="State.KernelState.Faults"/>), so the model stays a pure function of its inputs; a fresh
/// kernel has <see cref="None"/> and behaves exactly as the real kernel documents.
/// </summary>
[Flags]
public enum ModelFaults
{
    None = 0,

    /// <summary>UNLOCK of a nested lock drops the count to zero (breaks INV-DISC-07: create, lock, lock, unlock).</summary>
    UnlockDropsNestedLocks = 1 << 0,

    /// <summary>LOCK does not clear the discarded state (breaks INV-DISC-01: create, lock, unlock, reclaim, lock).</summary>
    LockKeepsDiscarded = 1 << 1,

    /// <summary>The reclaimer also takes locked VMOs (breaks INV-DISC-01: create, lock, reclaim).</summary>
    ReclaimTakesLocked = 1 << 2,

    /// <summary>The reclaimer never takes the ALWAYS_NEED list (breaks INV-RECLAIM-01: create lockless, write, always_need, reclaim(OOM)).</summary>
    ReclaimSkipsHinted = 1 << 3,

    /// <summary>A destroyed child stays in its parent's child list (breaks INV-CHILD-02: create, create_child, close child).</summary>
    DestroyedChildStaysListed = 1 << 4,

    /// <summary>Slices and references do not keep their parent alive (breaks INV-CHILD-02: create, create slice, close parent).</summary>
    ViewsDoNotKeepParentAlive = 1 << 5,

    /// <summary>Duplicating with SAME_RIGHTS gives the VMO's default rights, not the source's (breaks INV-RIGHTS-02: create, replace narrower, duplicate).</summary>
    DuplicateRestoresDefaultRights = 1 << 6,
}
