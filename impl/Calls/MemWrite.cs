using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mem_write: stores through the calling process's mappings (INV-MAP-01, INV-MAP-03, D-13). An access faults,
/// changing nothing, when any byte is outside every mapping, lacks the permission, lies beyond the VMO's
/// size, hits a discarded unlocked regular discardable VMO or a physical one, or the store cannot get a frame.
/// </summary>
internal static class MemWrite
{
    public static SyscallResult Run(CallContext context, Abi.MemWrite call)
    {
        if (LinuxAccess.Covers(context, call.Address))
        {
            return LinuxAccess.MemWrite(context, call);
        }

        var data = call.Data.Bytes;
        if (MappedRange.Resolve(context, call.Address, (ulong)data.Length, VmOptions.PermWrite) is not { } pieces)
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
}
