namespace VmoKernel.Checks.Proofs;

/// <summary>
/// A transition with one plausible bug, the must-fail twin of an obligation (style.md, "Invariants
/// are checks with IDs"). <see cref="None"/> is the model as written. <see cref="MutantCatalog"/> gives
/// each its CLI name, what it breaks and the obligations that must refute it.
/// </summary>
public enum Mutant
{
    None,
    DiscardIgnoresLockCount,
    DontNeedIgnoresLockCount,
    ReclaimIgnoresPins,
    ReclaimIgnoresHintedList,
    TransferSkipsPinCheck,
    TransferZeroesSourceBeforeValidatingDestination,
    TransferCopiesFrame,
    TransferWritesThroughToSnapshotChildren,
    RangeCheckOverflowingAddition,
    PageRoundingWraps,
    DecommitFreesPinnedPage,
    ShrinkIgnoresPins,
    SnapshotMovesPinnedPages,
    CloseLeaksFrames,
    LocklessReadFailsAfterDiscard,
    TryLockClearsDiscard,
    MlockLocksDroppable,
    ForkCopiesWipedPages,
    ReclaimForgetsAFrame,
}
