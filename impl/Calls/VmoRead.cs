using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_read (INV-RW-*, INV-DISC-04, INV-LOCKLESS-01).</summary>
internal static class VmoRead
{
    public static SyscallResult Run(CallContext context, Abi.VmoRead call)
    {
        var status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Read, out var handle);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.Physical)
        {
            return SyscallResult.Error(Status.ZxErrNotSupported);
        }

        if (!Ranges.InRange(call.Offset, call.Length, VmoAccess.SizeOf(context, vmo)))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        if (call.Length == 0)
        {
            return SyscallResult.ZxOk(Value.Of(ByteString.Empty));
        }

        if (vmo.DiscardedUnlocked && !context.Bugs.Has(SeededBug.DiscardedReadSucceeds))
        {
            return SyscallResult.Error(Status.ZxErrNotFound);
        }

        if (call.Length > VmoLimits.MaxReadLength)
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        // Only the seeded ABA on a frame takes a look for a read (CallPlanner.LooksAsItLocks): it reads what the look saw.
        var source = context.Peeked.TryGetValue(vmo.Koid, out var looked) && OptimisticLook.SameFrames(looked, vmo) ? looked : vmo;
        return SyscallResult.ZxOk(Value.Of(ByteString.Of(VmoAccess.Read(context, source, call.Offset, call.Length))));
    }
}
