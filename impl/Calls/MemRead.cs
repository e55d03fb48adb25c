using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mem_read: loads through the calling process's mappings (INV-MAP-01, INV-MAP-03, D-13). An access faults,
/// changing nothing, when any byte is outside every mapping, lacks the permission, lies beyond the VMO's
/// size, hits a discarded unlocked regular discardable VMO or a physical one.
/// </summary>
internal static class MemRead
{
    public static SyscallResult Run(CallContext context, Abi.MemRead call)
    {
        if (LinuxAccess.Covers(context, call.Address))
        {
            return LinuxAccess.MemRead(context, call);
        }

        if (call.Length > VmoLimits.MaxReadLength || MappedRange.Resolve(context, call.Address, call.Length, VmOptions.PermRead) is not { } pieces)
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
}
