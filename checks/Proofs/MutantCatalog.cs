using System.Collections.Immutable;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The must-fail twins: each mutant plants one plausible bug in one transition, and the named
/// obligations must find a counterexample to it (tests/Proof.Tests asserts they do).
/// </summary>
public static class MutantCatalog
{
    public static ImmutableArray<MutantInfo> All { get; } =
    [
        new(Mutant.DiscardIgnoresLockCount, "discard-ignores-lock-count", "the reclaimer discards a VMO whatever its lock count", ["INV-DISC-01 reclaim"]),
        new(Mutant.DontNeedIgnoresLockCount, "dont-need-ignores-lock-count", "DONT_NEED discards a discardable VMO even while it is locked", ["INV-DISC-01 op_range DONT_NEED"]),
        new(Mutant.ReclaimIgnoresPins, "reclaim-ignores-pins", "the reclaimer discards a VMO that has pinned pages", ["INV-PIN-01 reclaim"]),
        new(Mutant.ReclaimIgnoresHintedList, "reclaim-ignores-hinted-list", "reclaim at WARNING also takes the ALWAYS_NEED-hinted list", ["INV-RECLAIM-01 reclaim"]),
        new(Mutant.TransferSkipsPinCheck, "transfer-skips-pin-check", "transfer_data moves pages without checking pins in either range", ["INV-PIN-01 transfer_data"]),
        new(Mutant.TransferZeroesSourceBeforeValidatingDestination, "transfer-zeroes-source-first", "transfer_data takes the source pages before validating the destination", ["INV-XFER-01 transfer_data"]),
        new(Mutant.TransferCopiesFrame, "transfer-copies-frame", "transfer_data gives the destination the source's frame but leaves the source page committed", ["INV-MEM-01 transfer_data", "INV-XFER-02 transfer_data"]),
        new(Mutant.TransferWritesThroughToSnapshotChildren, "transfer-writes-through-to-snapshots", "transfer_data updates the destination's snapshot children as if they were views", ["INV-XFER-03 transfer_data"]),
        new(Mutant.RangeCheckOverflowingAddition, "range-check-overflowing-addition", "range checks compute offset + length with a wrapping sum", ["INV-RANGE-01 range_check"]),
        new(Mutant.PageRoundingWraps, "page-rounding-wraps", "rounding a size up to pages wraps near 2^64 instead of failing", ["INV-RANGE-01 page_rounding"]),
        new(Mutant.DecommitFreesPinnedPage, "decommit-frees-pinned-page", "DECOMMIT frees pages without checking for pins", ["INV-PIN-01 op_range DECOMMIT"]),
        new(Mutant.ShrinkIgnoresPins, "shrink-ignores-pins", "set_size frees pinned pages beyond the new size", ["INV-PIN-01 set_size"]),
        new(Mutant.SnapshotMovesPinnedPages, "snapshot-moves-pinned-pages", "a snapshot child takes the parent's frames (as a hidden parent would) without checking pins", ["INV-PIN-01 create_child"]),
        new(Mutant.CloseLeaksFrames, "close-leaks-frames", "closing the last handle destroys the VMO but does not free its frames", ["INV-MEM-02 handle_close"]),
        new(Mutant.LocklessReadFailsAfterDiscard, "lockless-read-fails-after-discard", "a read of a discarded lockless VMO is refused as if it were regular", ["INV-LOCKLESS-01 read_after_discard"]),
        new(Mutant.TryLockClearsDiscard, "try-lock-clears-discard", "TRY_LOCK of a discarded VMO clears the discard instead of returning UNAVAILABLE", ["INV-DISC-04 op_range"]),
        new(Mutant.MlockLocksDroppable, "mlock-locks-droppable", "mlock and mlockall(MCL_CURRENT) set VM_LOCKED on a droppable area too", ["INV-LINUX-02 mlock"]),
        new(Mutant.ForkCopiesWipedPages, "fork-copies-wiped-pages", "fork copies the parent's pages into the child's VM_WIPEONFORK (and droppable) areas", ["INV-LINUX-05 fork"]),
        new(Mutant.ReclaimForgetsAFrame, "reclaim-forgets-a-frame", "reclaim drops or purges a page but does not give its frame back", ["INV-LINUX-01 reclaim drop/purge"]),
    ];

    public static MutantInfo? Find(string name) => All.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
