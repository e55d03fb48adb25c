using System.Collections.Immutable;

namespace VmoKernel.Model.State;

/// <summary>
/// A process: its handle table (value -> entry), the sequence number of the next handle it creates
/// (values are never reused), its root VMAR's koid and mappings (by address), and its <c>vm_seq</c>,
/// which every change to its address space advances.
/// </summary>
public sealed record ProcessState(
    ulong Koid,
    ulong RootVmarKoid,
    ImmutableSortedDictionary<uint, HandleEntry> Handles,
    uint NextHandleSequence,
    ImmutableSortedDictionary<ulong, Mapping> Mappings,
    ulong VmSeq)
{
    public static ProcessState Create(ulong koid, ulong rootVmarKoid) => new(
        koid,
        rootVmarKoid,
        ImmutableSortedDictionary<uint, HandleEntry>.Empty,
        1,
        ImmutableSortedDictionary<ulong, Mapping>.Empty,
        0);
}
