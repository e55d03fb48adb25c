using System.Collections.Immutable;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// Every obligation `checks prove` runs, in order, grouped by invariant. Each entry names one method
/// whose XML summary states the formula; <see cref="Obligation.Formula"/> repeats it in one line for
/// the report.
/// </summary>
public static class ObligationCatalog
{
    public static ImmutableArray<Obligation> All { get; } =
    [
        new("INV-PIN-01", "transfer_data", "Inv ∧ Transfer ⇒ pinned pages keep their frames", TransferObligations.PinnedPagesNeverMoveOverTransferData),
        new("INV-PIN-01", "reclaim", "Inv ∧ Reclaim(level) ⇒ pinned pages keep their frames", DiscardObligations.PinnedPagesNeverMoveOverReclaim),
        new("INV-PIN-01", "op_range DECOMMIT", "Inv ∧ Decommit ⇒ pinned pages keep their frames", OpRangeObligations.PinnedPagesNeverMoveOverDecommit),
        new("INV-PIN-01", "op_range ZERO", "Inv ∧ Zero ⇒ pinned pages keep their frames", OpRangeObligations.PinnedPagesNeverMoveOverZero),
        new("INV-PIN-01", "set_size", "Inv ∧ SetSize ⇒ pinned pages keep their frames", LifecycleObligations.PinnedPagesNeverMoveOverSetSize),
        new("INV-PIN-01", "create_child", "Inv ∧ CreateChild(snapshot options, all argument checks) ⇒ pinned pages keep their frames", LifecycleObligations.PinnedPagesNeverMoveOverCreateChild),
        new("INV-DISC-01", "op_range DONT_NEED", "Inv ∧ DontNeed ⇒ no VMO with lock count > 0 is discarded", OpRangeObligations.LockedVmoIsNeverDiscardedByDontNeed),
        new("INV-DISC-01", "reclaim", "Inv ∧ Reclaim(level) ⇒ no VMO with lock count > 0 is discarded", DiscardObligations.LockedVmoIsNeverDiscardedByReclaim),
        new("INV-MEM-01", "transfer_data", "Inv ∧ MovePage (each page of a transfer) ⇒ every committed page owns its frame alone", TransferObligations.FramesStayUniquelyOwnedOverTransferData),
        new("INV-MEM-02", "transfer_data", "Inv ∧ MovePage (each page of a transfer) ⇒ every used frame backs a page; other VMOs' frames untouched", TransferObligations.NoFrameLeaksOverTransferData),
        new("INV-MEM-01", "discard", "Inv ∧ Reclaim(level) ⇒ every committed page owns its frame alone", DiscardObligations.FramesStayUniquelyOwnedOverDiscard),
        new("INV-MEM-02", "discard", "Inv ∧ Reclaim(level) ⇒ every used frame backs a page; other VMOs' frames untouched", DiscardObligations.NoFrameLeaksOverDiscard),
        new("INV-MEM-01", "op_range DECOMMIT", "Inv ∧ Decommit ⇒ every committed page owns its frame alone", OpRangeObligations.FramesStayUniquelyOwnedOverDecommit),
        new("INV-MEM-02", "op_range DECOMMIT", "Inv ∧ Decommit ⇒ every used frame backs a page; other VMOs' frames untouched", OpRangeObligations.NoFrameLeaksOverDecommit),
        new("INV-MEM-01", "handle_close", "Inv ∧ Close ⇒ every committed page owns its frame alone", LifecycleObligations.FramesStayUniquelyOwnedOverClose),
        new("INV-MEM-02", "handle_close", "Inv ∧ Close ⇒ a destroyed VMO leaves no used frame behind", LifecycleObligations.NoFrameLeaksOverClose),
        new("INV-LOCKLESS-01", "read_after_discard", "Inv ∧ Reclaim ∧ A lockless ⇒ a valid read of A succeeds, discarded pages read zeros", ReadObligations.LocklessReadsNeverFailAfterDiscard),
        new("INV-DISC-04", "read_after_discard", "Inv ∧ Reclaim discards regular A ⇒ a valid read of A is NOT_FOUND", ReadObligations.DiscardedRegularVmoRefusesReads),
        new("INV-DISC-04", "op_range", "Inv ∧ OpRange(op ≠ LOCK) ∧ A refuses access ⇒ A still refuses access", OpRangeObligations.DiscardedVmoRefusesAccessUntilLock),
        new("INV-XFER-01", "transfer_data", "Inv ∧ Transfer ∧ status ∉ {OK, NO_MEMORY} ⇒ both VMOs and all frames unchanged", TransferObligations.FailedTransferChangesNothing),
        new("INV-XFER-02", "transfer_data", "Inv ∧ Transfer ∧ status = OK ⇒ source range reads zero, destination reads the old source bytes", TransferObligations.SuccessfulTransferMovesTheSourceBytes),
        new("INV-XFER-03", "transfer_data", "Inv ∧ Transfer ⇒ snapshot children of the destination read as before", TransferObligations.SnapshotChildrenOfTheDestinationKeepTheirContents),
        new("INV-RANGE-01", "range_check", "Ranges.InRange(offset, length, size) ⇒ offset + length ≤ size without wrapping", RangeObligations.RangeCheckNeverPassesAWrappingRange),
        new("INV-RANGE-01", "page_rounding", "Ranges.TryRoundUp(size) ⇒ size ≤ rounded < size + 4096 without wrapping", RangeObligations.PageRoundingNeverWraps),
        new("INV-RECLAIM-01", "reclaim", "Inv ∧ Reclaim(level < ALMOST_OOM) ⇒ hinted VMOs are not discarded", DiscardObligations.HintedVmosSurviveBelowAlmostOom),
        new("INV-LINUX-01", "reclaim drop/purge", "Inv ∧ Reclaim(level) ∧ pages removed ⇒ used + free preserved, exactly the removed pages' frames freed", Linux.ReclaimFrameObligations.DropAndPurgeFreeExactlyTheirFrames),
        new("INV-LINUX-02", "mlock", "¬(droppable ∧ VM_LOCKED) ∧ mlock/munlock/mlockall/mmap/fork/munlockall ⇒ ¬(droppable' ∧ VM_LOCKED')", Linux.DroppableLockObligations.DroppableAreaIsNeverLocked),
        new("INV-LINUX-05", "fork", "Fork ∧ child keeps a VM_WIPEONFORK or droppable area ⇒ ∀ p. the child has no page at p and reads zeros", Linux.WipeOnForkObligations.WipedChildReadsZero),
    ];

    /// <summary>The obligations of one invariant ID (INV-MEM-01 also matches the joint INV-MEM-01/02), or all.</summary>
    public static ImmutableArray<Obligation> Select(string? specId) =>
        specId is null
            ? All
            : [.. All.Where(o => o.SpecId.Equals(specId, StringComparison.OrdinalIgnoreCase) || Covers(o.SpecId, specId))];

    private static bool Covers(string joint, string specId)
    {
        var slash = joint.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var prefix = joint[..joint.LastIndexOf('-')];
        return joint[(joint.LastIndexOf('-') + 1)..].Split('/').Any(n => $"{prefix}-{n}".Equals(specId, StringComparison.OrdinalIgnoreCase));
    }
}
