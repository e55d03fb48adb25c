using System.Collections.Immutable;

namespace VmoKernel.Model.State;

/// <summary>
/// A process: its handle table (value -> entry), the sequence number of the next handle it creates
/// (values are never reused), its root VMAR's koid and mappings (by address), and its <c>vm_seq</c>,
/// which every change to its address space advances. <see cref="Creator"/> is the process that ran
/// process_create for it (0 for p0); process_getinfo and process_madvise grant a process every fact of
/// the processes it created, transitively (spec/getinfo.md).
/// </summary>
public sealed record ProcessState(
    ulong Koid,
    ulong RootVmarKoid,
    ImmutableSortedDictionary<uint, HandleEntry> Handles,
    uint NextHandleSequence,
    ImmutableSortedDictionary<ulong, Mapping> Mappings,
    ulong VmSeq,
    ulong Creator = 0)
{
    public static ProcessState Create(ulong koid, ulong rootVmarKoid) => new(
        koid,
        rootVmarKoid,
        ImmutableSortedDictionary<uint, HandleEntry>.Empty,
        1,
        ImmutableSortedDictionary<ulong, Mapping>.Empty,
        0);
}
