using VmoKernel.Checks.Cli;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// Every seeded kernel bug (<see cref="SeededBug"/>), the spec ID whose check must catch it, and the
/// harness that hunts it by default. Profiles, <c>--seeded-bug</c> and traces are checked against it.
/// A bug the kernel's documentation ties to two IDs is listed with the one its monitor reports.
/// </summary>
public static class SeededBugCatalog
{
    public static IReadOnlyList<SeededBugEntry> All { get; } =
    [
        new(SeededBug.DiscardIgnoresConcurrentLock, "INV-DISC-01", "LockVersusReclaim"),
        new(SeededBug.UnlockDoubleDecrement, "INV-DISC-07", "LockVersusReclaim"),
        new(SeededBug.DiscardedReadSucceeds, "INV-DISC-04", "LockVersusReclaim"),
        new(SeededBug.ReclaimIgnoresPins, "INV-RECLAIM-03", "LockVersusReclaim"),
        new(SeededBug.LocklessRemovedFromListAfterDiscard, "INV-LOCKLESS-02", "LocklessVersusReclaim"),
        new(SeededBug.DontNeedNotImmediate, "INV-LOCKLESS-04", "LocklessVersusReclaim"),
        new(SeededBug.AlwaysNeedRangeNotPromoted, "INV-LOCKLESS-03", "LocklessVersusReclaim"),
        new(SeededBug.TransferMovesPagePinnedMidOperation, "INV-PIN-01", "TransferVersusAccess"),
        new(SeededBug.TransferChecksPinsBeforeTakingDestination, "INV-PIN-01", "TransferVersusAccess"),
        new(SeededBug.FailedTransferZeroesSource, "INV-XFER-01", "TransferVersusAccess"),
        new(SeededBug.FrameFreedTwice, "INV-MEM-01", "TransferVersusAccess"),
        new(SeededBug.DecommitLeaksFrames, "INV-MEM-02", "TransferVersusAccess"),
        new(SeededBug.OppositeTransfersDeadlock, "LIVE-02", "OppositeTransfers"),
        new(SeededBug.SnapshotChildSeesTransferredPages, "INV-XFER-03", "TransferVersusSnapshotChild"),
        new(SeededBug.GetinfoReadsProcessesOneAtATime, "INV-INFO-05", "GetinfoVersusTransfers"),
        new(SeededBug.StaleVmSeqNotChecked, "INV-INFO-10", "MadviseVersusMap"),
        new(SeededBug.ProcessLookupRacesCreate, "REF-01", "GetinfoVersusProcessCreate"),
    ];

    /// <summary>The seeded bug with this name; an unknown name is the user's error.</summary>
    public static SeededBugEntry Find(string name, string where = "--seeded-bug") =>
        All.FirstOrDefault(b => b.Name == name)
        ?? throw new InputException($"{where}: unknown seeded bug '{name}' (see 'checks explore --list-seeded-bugs')");
}
