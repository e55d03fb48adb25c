using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_write (INV-RW-*, INV-DISC-04, INV-LOCKLESS-01).</summary>
internal static class VmoWrite
{
    public static SyscallResult Run(CallContext context, Abi.VmoWrite call)
    {
        var status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Write, out var handle);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.Physical)
        {
            return SyscallResult.Error(Status.ZxErrNotSupported);
        }

        var length = (ulong)call.Data.Length;
        if (!Ranges.InRange(call.Offset, length, VmoAccess.SizeOf(context, vmo)))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        if (length == 0)
        {
            return SyscallResult.ZxOk();
        }

        if (vmo.DiscardedUnlocked)
        {
            return SyscallResult.Error(Status.ZxErrNotFound);
        }

        context.Need(memory: true);

        return VmoAccess.Write(context, vmo, call.Offset, call.Data.Bytes.AsSpan())
            ? SyscallResult.ZxOk()
            : SyscallResult.Error(Status.ZxErrNoMemory);
    }
}
