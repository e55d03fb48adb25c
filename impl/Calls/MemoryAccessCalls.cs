using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mem_read / mem_write: loads and stores through the calling process's mappings (INV-MAP-01, INV-MAP-03,
/// D-13). An access faults, changing nothing, when any byte is outside every mapping, lacks the
/// permission, lies beyond the VMO's size, hits a discarded unlocked regular discardable VMO or a
/// physical one, or a store cannot get a frame.
/// </summary>
public static class MemoryAccessCalls
{
    public static SyscallResult MemRead(CallContext context, MemRead call)
    {
        if (call.Length > VmoLimits.MaxReadLength || Resolve(context, call.Address, call.Length, VmOptions.PermRead) is not { } pieces)
        {
            return SyscallResult.Error(Status.Fault);
        }

        var result = new byte[call.Length];
        foreach (var piece in pieces)
        {
            VmoAccess.Read(context, context.Vmo(piece.Mapping.Vmo), piece.VmoOffset, piece.Length).CopyTo(result.AsSpan((int)piece.At));
        }

        return SyscallResult.Ok(Value.Of(ByteString.Of(result)));
    }

    public static SyscallResult MemWrite(CallContext context, MemWrite call)
    {
        var data = call.Data.Bytes;
        if (Resolve(context, call.Address, (ulong)data.Length, VmOptions.PermWrite) is not { } pieces)
        {
            return SyscallResult.Error(Status.Fault);
        }

        if (pieces.Count > 0)
        {
            context.Need(memory: true);
        }

        var checkpoint = context.Checkpoint();
        foreach (var piece in pieces)
        {
            if (!VmoAccess.Write(context, context.Vmo(piece.Mapping.Vmo), piece.VmoOffset, data.AsSpan((int)piece.At, (int)piece.Length)))
            {
                context.Rollback(checkpoint);
                return SyscallResult.Error(Status.Fault);
            }
        }

        return SyscallResult.Ok();
    }

    private sealed record Piece(Mapping Mapping, ulong VmoOffset, ulong At, ulong Length);

    /// <summary>One piece per mapping the access crosses, or null when any byte faults.</summary>
    private static List<Piece>? Resolve(CallContext context, ulong address, ulong length, uint permission)
    {
        if (VmoAccess.Overflows(address, length))
        {
            return null;
        }

        var pieces = new List<Piece>();
        ulong done = 0;
        while (done < length)
        {
            var at = address + done;
            var mapping = context.Mappings.FirstOrDefault(m => m.Contains(at));
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
            if (!VmoAccess.InRange(piece.VmoOffset, piece.Length, VmoAccess.SizeOf(context, vmo)) || vmo.DiscardedUnlocked ||
                VmoAccess.Owner(context, vmo, 0).Owner.Physical)
            {
                return null;
            }
        }

        return pieces;
    }
}
