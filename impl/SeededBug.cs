using VmoKernel.Abi;

namespace VmoKernel.Kernel;

/// <summary>
/// The kernel's deliberate, switchable bugs: the must-fail twins of the invariants. Every member is off
/// unless listed in <see cref="KernelOptions.Bugs"/>; each guards exactly one faulty spot in the kernel
/// (one <c>Bugs.Has(...)</c>) and declares with <see cref="BreaksAttribute"/> the invariant whose check
/// must catch it. The harness that hunts each one is declared on the harness (checks/, which impl/
/// cannot see); <c>checks explore --list-seeded-bugs</c> and docs/traceability.md list both.
/// The stale-look bugs (a look taken before the lock, or not re-validated at the commit) need a call
/// landing in that window; <see cref="OppositeTransfersDeadlock"/> needs two transfers to interleave.
/// </summary>
public enum SeededBug
{
    /// <summary>
    /// The reclaimer (<c>Calls/Reclaim.cs</c>, the reclaimer's commit pass) decides eligibility from the lock count it
    /// peeked while walking its list, not from the count it sees once it holds the VMO, so a LOCK taken
    /// between the two is ignored. Only lockless VMOs show it: a regular VMO's LOCK also moves it out of
    /// the reclaimable state, which the reclaimer re-reads.
    /// </summary>
    [Breaks("INV-DISC-01")]
    DiscardIgnoresConcurrentLock,

    /// <summary>
    /// transfer_data (<c>Calls/VmoTransferData.cs</c>) checks the pins of the source range from a peek, then
    /// re-acquires the source to move the pages; a pin taken in that window is moved anyway.
    /// </summary>
    [Breaks("INV-PIN-01")]
    TransferMovesPagePinnedMidOperation,

    /// <summary>
    /// transfer_data (<c>Calls/VmoTransferData.cs</c>) checks the destination's pins before it holds the
    /// destination (time of check to time of use), so a pin taken meanwhile has its page replaced. The
    /// failed transfer's side effect also breaks INV-XFER-01; the pin monitor, registered first, reports it.
    /// </summary>
    [Breaks("INV-PIN-01")]
    TransferChecksPinsBeforeTakingDestination,

    /// <summary>
    /// A lockless VMO is taken off the reclaim lists when it is discarded (<c>ReclaimerActor</c>), so
    /// once written again it is never reclaimed again.
    /// </summary>
    [Breaks("INV-LOCKLESS-02")]
    LocklessRemovedFromListAfterDiscard,

    /// <summary>DONT_NEED (<c>Calls/OpRange/DontNeed.cs</c>) moves an unlocked VMO with pages to the regular list but leaves the discard to the next reclaim.</summary>
    [Breaks("INV-LOCKLESS-04")]
    DontNeedNotImmediate,

    /// <summary>ALWAYS_NEED (<c>Calls/OpRange/AlwaysNeed.cs</c>) hints the VMO only when its range covers the whole VMO, so a partial hint is reclaimed at WARNING.</summary>
    [Breaks("INV-LOCKLESS-03")]
    AlwaysNeedRangeNotPromoted,

    /// <summary>A transfer (<c>Calls/VmoTransferData.cs</c>) that fails its destination checks has already taken (zeroed) the source pages.</summary>
    [Breaks("INV-XFER-01")]
    FailedTransferZeroesSource,

    /// <summary>transfer_data (<c>Calls/VmoTransferData.cs</c>) also supplies the moved pages to the destination's snapshot children.</summary>
    [Breaks("INV-XFER-03")]
    SnapshotChildSeesTransferredPages,

    /// <summary>
    /// UNLOCK (<c>Calls/OpRange/Unlock.cs</c>) tests the lock count it peeked before taking the VMO, so two
    /// racing unlocks of a count of one both succeed and the count goes below zero.
    /// </summary>
    [Breaks("INV-DISC-07")]
    UnlockDoubleDecrement,

    /// <summary>transfer_data (<c>SyscallActor</c>) takes the destination first and then the source, not in koid order, so opposite transfers deadlock.</summary>
    [Breaks("LIVE-02")]
    OppositeTransfersDeadlock,

    /// <summary>When a transfer (<c>Calls/VmoTransferData.cs</c>) replaces a committed destination page, the replaced frame is freed twice.</summary>
    [Breaks("INV-MEM-01")]
    FrameFreedTwice,

    /// <summary>DECOMMIT (<c>Calls/OpRange/Decommit.cs</c>) drops the pages of its range without returning their frames (a leak).</summary>
    [Breaks("INV-MEM-02")]
    DecommitLeaksFrames,

    /// <summary>A read (<c>Calls/VmoRead.cs</c>) of a discarded, unlocked ZX_VMO_DISCARDABLE VMO returns zeros instead of ZX_ERR_NOT_FOUND.</summary>
    [Breaks("INV-DISC-04")]
    DiscardedReadSucceeds,

    /// <summary>The reclaimer (<c>Calls/Rules/Reclamation.cs</c>) ignores pins when it judges an unlocked discardable VMO eligible.</summary>
    [Breaks("INV-RECLAIM-03")]
    ReclaimIgnoresPins,

    /// <summary>
    /// process_getinfo (<c>SyscallActor.SnapshotAsync</c>) reads the processes one at a time (and each
    /// one's VMOs after it) instead of freezing them all at once, so a transfer, map or unmap in between
    /// gives a torn snapshot.
    /// </summary>
    [Breaks("INV-INFO-05")]
    GetinfoReadsProcessesOneAtATime,

    /// <summary>
    /// process_madvise (<c>Calls/ProcessMadvise.cs</c>) compares vm_seq with the address space it looked at,
    /// but does not insist that it is still current when it applies the advice, so a map or unmap in
    /// between is missed.
    /// </summary>
    [Breaks("INV-INFO-10")]
    StaleVmSeqNotChecked,

    /// <summary>
    /// process_getinfo, process_madvise and a call made as a process the router does not know
    /// (<c>SyscallActor.LookUpProcessesAsync</c>) trust the router's answer that the koid is unknown,
    /// though a process_create of that koid may have linearized and not yet registered its process, so a
    /// call that runs after the create answers ESRCH (BAD_HANDLE for a call made as that process, D-27).
    /// </summary>
    [Breaks("REF-01")]
    ProcessLookupRacesCreate,

    // ---- Linux: address space

    /// <summary>
    /// mlock, mlockall(MCL_CURRENT) (<c>Calls/Linux/Rules/LockRange.cs</c>) set VM_LOCKED on a droppable
    /// area too, so VmLck counts droppable memory and smaps shows it locked.
    /// </summary>
    [Breaks("INV-LINUX-02")]
    MlockCountsDroppable,

    /// <summary>
    /// MADV_NONVOLATILE (<c>Calls/Linux/Rules/VolatileRange.cs</c>) decides whether a page of its range had
    /// been purged from a look at the Linux world taken before its transaction, so a purge by a reclaim in
    /// between is reported as purged: 0.
    /// </summary>
    [Breaks("REF-01")]
    NonvolatileReadsPurgeBeforeLock,

    /// <summary>
    /// The Linux reclaim (<c>Calls/Linux/Rules/LinuxReclaim.cs</c>) judges a MADV_FREE page clean from the
    /// reclaimer's look at the Linux world before it took the lock, so a store that dirtied the page in
    /// between is thrown away with it.
    /// </summary>
    [Breaks("REF-01")]
    ReclaimTakesRedirtiedFreePage,
    // ---- Linux: userfaultfd

    /// <summary>
    /// A fault on a missing registered page (<c>Calls/Linux/Rules/UffdFaults.cs</c>, Block) queues its message in the
    /// transaction that found the page missing but adds its waiter in a second transaction, so a COPY in between
    /// wakes nobody: the lost wakeup. The thread sleeps until something else wakes it, and when nothing does (the
    /// handler closed the uffd in between) it never answers: LIVE-01, the face exploration meets first. A later
    /// wake shows the other face, a stale message still queued (REF-01).
    /// </summary>
    [Breaks("LIVE-01")]
    FaultChecksThenSleeps,

    /// <summary>
    /// UFFDIO_COPY (<c>Calls/Linux/Rules/UffdFill.cs</c>, mfill_atomic, which UFFDIO_ZEROPAGE shares) wakes the
    /// waiters of its range in one transaction and installs the pages in a second, so a woken thread can retry
    /// before its page exists and fault again.
    /// </summary>
    [Breaks("REF-01")]
    CopyWakesBeforeInstall,

    /// <summary>
    /// The last close of a uffd (<c>Calls/Linux/Rules/UffdRelease.cs</c>) unregisters its areas but wakes none of its
    /// waiters, which then sleep for ever.
    /// </summary>
    [Breaks("LIVE-01")]
    LastCloseForgetsWaiters,

    // ---- Linux: fork and process_madvise

    /// <summary>
    /// fork (<c>Calls/Linux/Fork.cs</c>) copies the parent's page entries from a look at the Linux world
    /// taken before its transaction, so the child misses a store made in between, or references a frame
    /// the reclaimer dropped (and freed) in between.
    /// </summary>
    [Breaks("REF-01")]
    ForkCopiesFromStaleLook,

    /// <summary>
    /// process_madvise (<c>Calls/Linux/PidfdMadvise.cs</c>) resolves the target's areas for its elements from
    /// a look taken before its transaction and applies the advice to them without resolving them again,
    /// so an munmap or mmap in between gets advice (or an ENOMEM) it should not.
    /// </summary>
    [Breaks("REF-01")]
    PidfdMadviseResolvesBeforeLock,

    // ---- deep bugs (issue 16): each needs two specific orderings of other threads' calls, at least one of them in a
    // window one step of the calling kernel thread wide: each reads a VMO, the Linux world or a process without its
    // lock the step before it takes it (CallPlanner.LooksAsItLocks, ProcessGetinfo.RetryLooks). On the thread pool
    // nothing falls between two sends of one handler unless it is queued at that very instant; Coyote may switch there.

    /// <summary>
    /// zx_vmo_read (<c>Calls/VmoRead.cs</c>) reads the bytes from an unlocked look at the VMO taken just before its
    /// lock and, holding the lock, accepts them when the frames under the range are still the ones the look saw: an
    /// ABA on a frame number. The stale read needs a DECOMMIT and then a WRITE (the frame goes back to the allocator
    /// and, the most recently freed, comes back) both between the look and the lock; a write in place of bytes the
    /// read does not cover changes nothing it returns.
    /// </summary>
    [Breaks("REF-01")]
    ReadValidatesLookByFrame,

    /// <summary>
    /// ZX_VMO_OP_COMMIT (<c>Calls/OpRange/Commit.cs</c>) counts the pages to commit in an unlocked look just before
    /// its lock and, holding it, re-validates only by the number of committed pages (as a kernel that drops its lock
    /// around the allocation and re-validates by a count): when the count is unchanged it installs frames at the
    /// pages the look found missing. A WRITE of such a page alone changes the count; with a DECOMMIT of another page
    /// also between the look and the lock the count is back where it was, and the written page is replaced (its
    /// frame lost, its bytes zeroed).
    /// </summary>
    [Breaks("INV-MEM-02")]
    CommitValidatesLookByPageCount,

    /// <summary>
    /// ZX_VMO_OP_DONT_NEED (<c>Calls/OpRange/DontNeed.cs</c>) judges whether the VMO is unlocked from an unlocked look
    /// just before its lock: a look that saw it unlocked takes a fast path that skips the check under the lock and
    /// discards at once. The VMO starts locked, so the window only opens when a third call, an UNLOCK, commits before
    /// the look; a LOCK must then commit between the look and the lock for a locked VMO to be discarded.
    /// </summary>
    [Breaks("INV-DISC-01")]
    DontNeedJudgesLockFromLook,

    /// <summary>
    /// process_getinfo (<c>Actors/SyscallActor.CrossProcess.cs</c>, SnapshotAsync; <c>Calls/ProcessGetinfo.cs</c>)
    /// starts over when a frozen process holds a VMO it did not take, but on its retries re-validates against a look
    /// at the process taken without its lock just before the freeze, not against the frozen process, and counts a
    /// VMO it did not take as zero pages. A new VMO must commit between the first attempt's look and freeze (forcing
    /// the retry) and another between a retry's look and its freeze, one step of getinfo's thread.
    /// </summary>
    [Breaks("INV-INFO-05")]
    GetinfoRetriesOnceThenTrustsLook,

    /// <summary>
    /// read(2) of a pipe (<c>Calls/Linux/FdRead.cs</c>) checks for data in an unlocked look at the Linux world just
    /// before its lock and, when the look found the pipe empty, adds its waiter under the lock without checking again:
    /// the lost wakeup of a waiter that registers between its check and its sleep. The look must come before the
    /// write and the write must commit between the look and the lock (it finds no waiter to wake); the reader would
    /// then wait for ever, but its BLOCKED linearizes at the lock, where the pipe holds the byte, so the refinement
    /// check catches it first.
    /// </summary>
    [Breaks("REF-01")]
    PipeReadChecksThenSleeps,

    /// <summary>
    /// ZX_INFO_VMO (<c>Calls/ObjectGetInfo.cs</c>) publishes committed_change_events from an unlocked look just before
    /// its lock whenever the number of committed pages is the one the look saw: a counter published from before the
    /// state it counts, re-validated by another count (ABA). A discard alone empties the VMO and a write in place
    /// changes no count, so both are caught; the stale counter needs a reclaim that discards the lockless VMO and a
    /// WRITE that commits its page again, both between the look and the lock.
    /// </summary>
    [Breaks("REF-01")]
    InfoVmoValidatesLookByPageCount,
}
