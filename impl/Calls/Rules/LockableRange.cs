using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// The checks LOCK, TRY_LOCK and UNLOCK share, in this order (D-8, D-12): READ or WRITE right, then
/// discardability, then the exact (0, size) range. Locks nest; only the whole VMO can be locked.
/// </summary>
internal static class LockableRange
{
    public static Status Check(CallContext context, Abi.VmoOpRange call, HandleEntry handle, out VmoState vmo)
    {
        vmo = null!;
        if ((handle.Rights & (Rights.Read | Rights.Write)) == 0)
        {
            return Status.ZxErrAccessDenied;
        }

        vmo = context.Vmo(handle.Object);
        if (!vmo.Discardable)
        {
            return Status.ZxErrNotSupported;
        }

        return !Ranges.TryEnd(call.Offset, call.Size, out _) || call.Offset != 0 || call.Size != vmo.Size
            ? Status.ZxErrOutOfRange
            : Status.ZxOk;
    }
}
