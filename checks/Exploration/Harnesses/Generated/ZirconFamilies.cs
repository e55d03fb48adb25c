using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// A family of Zircon call records that share an object kind or a protocol, for a focused iteration: its
/// records (the first <see cref="Core"/> are the protocol's own calls, in every swarm; the swarm draws one to three others), the ops of op_range it is about (the iteration draws two to four),
/// and the kinds of p0's set-up VMO it works on (indices into <see cref="ZirconSetUp"/>'s VMO list; the
/// iteration favours one, and a transfer's other end is another of them: a source with a child is BAD_STATE,
/// so a family that transfers names two childless VMOs).
/// </summary>
public sealed record ZirconFamily(string Name, IReadOnlyList<Type> Records, IReadOnlyList<uint> Ops, IReadOnlyList<int> Vmos, int Core = 1);

/// <summary>
/// The Zircon surface's families. A bug a draw over all 28 records rarely reaches needs two or three of them on
/// one object at once (LOCK and UNLOCK against the reclaimer on one discardable VMO, a transfer against a pin
/// of either VMO, handles of one process made, duplicated and closed at once, process_getinfo or process_madvise
/// against a create, map or unmap of the process it names);
/// a family is a protocol, not a workload: which records, ops and object an iteration uses is still drawn.
/// </summary>
public static class ZirconFamilies
{
    public static IReadOnlyList<ZirconFamily> All { get; } =
    [
        new("discardable",
            [typeof(VmoOpRange), typeof(Reclaim), typeof(VmoRead), typeof(VmoWrite), typeof(BtiPin), typeof(PmtUnpin)],
            [VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.DontNeed, VmoOp.AlwaysNeed, VmoOp.Decommit],
            [ZirconSetUp.Discardable, ZirconSetUp.Lockless]),
        // Two core records: what a transfer's pin checks race is a pin. Drawn like the others (in two swarms of five),
        // a pin landed between a transfer's look at its destination and its lock once in 300 iterations, and that
        // bug (TransferChecksPinsBeforeTakingDestination) was first found at iteration 2,181. With the pin in every
        // swarm it is found at 41, 72 and 142 under three seeds (docs/benchmarks.md, "A transfer's pin in every
        // transfer swarm").
        new("transfer",
            [typeof(VmoTransferData), typeof(BtiPin), typeof(PmtUnpin), typeof(VmoRead), typeof(VmoWrite), typeof(VmoOpRange)],
            [VmoOp.Commit, VmoOp.Decommit, VmoOp.Zero],
            [ZirconSetUp.Regular, ZirconSetUp.Resizable, ZirconSetUp.Parent],
            Core: 2),
        new("handles",
            [
                typeof(VmoCreate), typeof(VmoCreateChild), typeof(VmoCreateContiguous), typeof(VmoCreatePhysical), typeof(PortCreate), typeof(PagerCreate),
                typeof(PagerCreateVmo), typeof(HandleDuplicate), typeof(HandleReplace), typeof(HandleClose), typeof(ObjectGetInfo), typeof(VmoGetSize), typeof(VmoSetSize),
            ],
            [VmoOp.Commit, VmoOp.Decommit],
            [ZirconSetUp.Regular, ZirconSetUp.Resizable]),
        new("processes",
            [typeof(ProcessMadvise), typeof(ProcessGetinfo), typeof(ProcessCreate), typeof(VmarMap), typeof(VmarUnmap), typeof(VmoTransferData), typeof(MemWrite)],
            [VmoOp.Commit, VmoOp.Decommit],
            [ZirconSetUp.Regular, ZirconSetUp.Resizable]),
    ];
}
