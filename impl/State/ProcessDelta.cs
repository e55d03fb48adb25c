using System.Collections.Immutable;

namespace VmoKernel.Kernel.State;

/// <summary>
/// What a call changes in its process, and what it read there: the commit at the <c>ProcessActor</c>
/// accepts the delta only if the handles it used are still present and, when it numbered new handles or
/// read the address space, nothing else changed those since (otherwise the call runs again).
/// </summary>
internal sealed record ProcessDelta(
    ImmutableArray<HandleEntry> UsedHandles,
    uint? ExpectedHandleSequence,
    ulong? ExpectedVmSeq,
    ImmutableArray<HandleEntry> AddedHandles,
    ImmutableArray<uint> RemovedHandles,
    uint NewHandleSequence,
    ImmutableArray<Mapping> AddedMappings,
    ImmutableArray<ulong> RemovedMappings,
    ulong NewNextMappingId)
{
    public bool AddressSpaceChanged => !AddedMappings.IsEmpty || !RemovedMappings.IsEmpty;

    /// <summary>Returns the process state with this delta applied, or null when its expectations no longer hold.</summary>
    public ProcessState? ApplyTo(ProcessState current)
    {
        foreach (var used in UsedHandles)
        {
            if (!current.Handles.TryGetValue(used.Value, out var now) || now != used)
            {
                return null;
            }
        }

        if ((ExpectedHandleSequence is { } sequence && current.HandleSequence != sequence) ||
            (ExpectedVmSeq is { } seq && current.VmSeq != seq))
        {
            return null;
        }

        var handles = current.Handles.RemoveRange(RemovedHandles).SetItems(AddedHandles.Select(h => KeyValuePair.Create(h.Value, h)));
        var mappings = current.Mappings.RemoveAll(m => RemovedMappings.Contains(m.Id)).AddRange(AddedMappings);
        return current with
        {
            Handles = handles,
            HandleSequence = AddedHandles.IsEmpty ? current.HandleSequence : NewHandleSequence,
            Mappings = mappings,
            NextMappingId = AddedMappings.IsEmpty ? current.NextMappingId : NewNextMappingId,
            VmSeq = AddressSpaceChanged ? current.VmSeq + 1 : current.VmSeq,
        };
    }
}
