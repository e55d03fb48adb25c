using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Loads and stores through a process's mappings (INV-MAP-01, INV-MAP-03). An access faults, changing
/// nothing, when any byte is outside every mapping, lacks the permission, lies beyond the VMO's size,
/// hits a discarded unlocked regular discardable VMO (D-5) or a physical VMO (no device memory is
/// modelled), or a store cannot get a frame. The access is cut into one piece per mapping it crosses.
/// </summary>
public static class MappedAccess
{
    public sealed record Piece(VmoState Vmo, ulong VmoOffset, ulong BufferOffset, ulong Length);

    /// <summary>The pieces of [address, address + length), or false if any byte faults.</summary>
    public static bool TryResolve(KernelState state, ProcessState process, ulong address, ulong length, uint permission, out List<Piece> pieces)
    {
        pieces = [];
        if (!Ranges.TryEnd(address, length, out var end))
        {
            return false;
        }

        var at = address;
        while (at < end)
        {
            var mapping = process.Mappings.Values.FirstOrDefault(m => m.Address <= at && at < m.End);
            if (mapping is null || (mapping.Permissions & permission) == 0 || !state.Vmos.TryGetValue(mapping.VmoKoid, out var vmo))
            {
                return false;
            }

            var chunk = Math.Min(end, mapping.End) - at;
            var vmoOffset = mapping.VmoOffset + (at - mapping.Address);
            if (!Ranges.InRange(vmoOffset, chunk, vmo.Size) || vmo.RefusesAccess || PageView.Of(state, vmo).Owner.Is(VmoTraits.Physical))
            {
                return false;
            }

            pieces.Add(new Piece(vmo, vmoOffset, at - address, chunk));
            at += chunk;
        }

        return true;
    }
}
