using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>A virtual range resolved into the pieces of mapped VMOs it covers, or null when any byte would fault.</summary>
internal static class MappedRange
{
    public sealed record Piece(Mapping Mapping, ulong VmoOffset, ulong At, ulong Length);

    /// <summary>One piece per mapping the access crosses, or null when any byte faults.</summary>
    public static List<Piece>? Resolve(CallContext context, ulong address, ulong length, uint permission)
    {
        if (!Ranges.TryEnd(address, length, out _))
        {
            return null;
        }

        var pieces = new List<Piece>();
        ulong done = 0;
        while (done < length)
        {
            var at = address + done;
            var mapping = context.View.Mappings.FirstOrDefault(m => m.Contains(at));
            if (mapping is null || (mapping.Permissions & permission) == 0)
            {
                return null;
            }

            var chunk = Math.Min(length - done, mapping.End - at);
            pieces.Add(new Piece(mapping, mapping.VmoOffset + (at - mapping.Address), done, chunk));
            done += chunk;
        }

        context.Require(pieces.Select(p => (p.Mapping.Vmo.Koid, p.Mapping.Vmo.Actor!)).Distinct());
        foreach (var piece in pieces)
        {
            var vmo = context.Vmo(piece.Mapping.Vmo);
            if (!Ranges.InRange(piece.VmoOffset, piece.Length, VmoAccess.SizeOf(context, vmo)) || vmo.DiscardedUnlocked ||
                VmoAccess.Owner(context, vmo, 0).Owner.Physical)
            {
                return null;
            }
        }

        return pieces;
    }
}
