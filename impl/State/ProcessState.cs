using System.Collections.Immutable;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.State;

/// <summary>
/// A process's own state, owned by its <c>ProcessActor</c>: the handle table (values never reused), the
/// mappings of its root VMAR, and <c>VmSeq</c>, which advances with every change to the address space.
/// <c>Ancestors</c> are the processes that created it, transitively (they may read all its facts).
/// </summary>
internal sealed record ProcessState(
    ulong Koid,
    ulong RootVmarKoid,
    ImmutableSortedDictionary<uint, HandleEntry> Handles,
    uint HandleSequence,
    ImmutableList<Mapping> Mappings,
    ulong NextMappingId,
    ulong VmSeq,
    ImmutableArray<ulong> Ancestors) : ILendable
{
    public static ProcessState Fresh(ulong koid, ulong rootVmarKoid) =>
        new(koid, rootVmarKoid, ImmutableSortedDictionary<uint, HandleEntry>.Empty, 0, [], 1, 0, []);

    /// <summary>Whether <paramref name="caller"/> may read every fact of this process: itself or one of its creators.</summary>
    public bool ReadableBy(ulong caller) => caller == Koid || Ancestors.Contains(caller);

    public ProcessState AddHandle(ObjectRef target, Abi.Rights rights, out uint value)
    {
        var sequence = HandleSequence + 1;
        value = Abi.KernelLayout.HandleValue(sequence);
        return this with
        {
            Handles = Handles.Add(value, new HandleEntry(value, target, rights)),
            HandleSequence = sequence,
        };
    }
}
