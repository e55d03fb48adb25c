namespace VmoKernel.Kernel;

/// <summary>
/// The kernel's deliberate, switchable bugs: the must-fail twins of the invariants. Every member is off
/// unless listed in <see cref="KernelOptions.Bugs"/>; each guards exactly one faulty spot in the kernel,
/// and its documentation names the invariant whose check must catch it.
/// </summary>
public enum SeededBug
{
    /// <summary>
    /// INV-DISC-01: the reclaimer decides eligibility from the lock count it peeked while walking its
    /// list, not from the count it sees once it holds the VMO, so a LOCK taken between the two is ignored.
    /// </summary>
    DiscardIgnoresConcurrentLock,

    /// <summary>
    /// INV-PIN-01: transfer_data checks the pins of the source range, then re-acquires the source to move
    /// the pages; a pin taken in that window is moved anyway.
    /// </summary>
    TransferMovesPagePinnedMidOperation,

    /// <summary>
    /// INV-PIN-01 / INV-XFER-01: transfer_data checks the destination's pins before it holds the
    /// destination (time of check to time of use), so a pin taken meanwhile has its page replaced.
    /// </summary>
    TransferChecksPinsBeforeTakingDestination,

    /// <summary>INV-LOCKLESS-02: a lockless VMO is taken off the reclaim lists when it is discarded, so it is never reclaimed again.</summary>
    LocklessRemovedFromListAfterDiscard,

    /// <summary>INV-LOCKLESS-04: DONT_NEED moves the VMO to the regular list but leaves the discard to the next reclaim.</summary>
    DontNeedNotImmediate,

    /// <summary>INV-LOCKLESS-03: ALWAYS_NEED hints the VMO only when its range covers the whole VMO instead of promoting any range.</summary>
    AlwaysNeedRangeNotPromoted,

    /// <summary>INV-XFER-01: a transfer that fails its destination checks has already taken (zeroed) the source pages.</summary>
    FailedTransferZeroesSource,

    /// <summary>INV-XFER-03: transfer_data also supplies the moved pages to the destination's snapshot children.</summary>
    SnapshotChildSeesTransferredPages,

    /// <summary>
    /// INV-DISC-07: UNLOCK tests the lock count it peeked before taking the VMO, so two racing unlocks
    /// of a count of one both succeed and the count goes below zero.
    /// </summary>
    UnlockDoubleDecrement,

    /// <summary>LIVE-02: transfer_data takes the destination first and then the source, not in koid order, so opposite transfers deadlock.</summary>
    OppositeTransfersDeadlock,

    /// <summary>INV-MEM-01: when a transfer replaces a destination page, the replaced frame is freed twice.</summary>
    FrameFreedTwice,

    /// <summary>INV-MEM-02: decommit drops the pages of its range without returning their frames (a leak).</summary>
    DecommitLeaksFrames,

    /// <summary>INV-DISC-04: a read of a discarded, unlocked ZX_VMO_DISCARDABLE VMO returns zeros instead of ZX_ERR_NOT_FOUND.</summary>
    DiscardedReadSucceeds,

    /// <summary>INV-RECLAIM-03: the reclaimer ignores pins when it judges a VMO eligible.</summary>
    ReclaimIgnoresPins,

    /// <summary>
    /// INV-INFO-05: process_getinfo reads the processes one at a time (and each one's VMOs after it)
    /// instead of freezing them all at once, so a transfer or map in between gives a torn snapshot.
    /// </summary>
    GetinfoReadsProcessesOneAtATime,

    /// <summary>
    /// INV-INFO-10: process_madvise compares vm_seq with the address space it looked at, but does not
    /// insist that it is still current when it applies the advice, so a map or unmap in between is missed.
    /// </summary>
    StaleVmSeqNotChecked,

    /// <summary>
    /// REF-01: process_getinfo, process_madvise and a call made as a process the router does not know
    /// trust the router's answer that the koid is unknown, though a process_create of that koid may have
    /// linearized and not yet registered its process, so a call that runs after the create answers ESRCH
    /// (BAD_HANDLE for a call made as that process, D-27).
    /// </summary>
    ProcessLookupRacesCreate,
}
