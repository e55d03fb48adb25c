using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>ZX_VMO_OP_CACHE_SYNC, CACHE_CLEAN and CACHE_CLEAN_INVALIDATE: READ, a non-empty range inside the VMO.</summary>
internal static class CacheMaintenance
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        if ((handle.Rights & Rights.Read) == 0)
        {
            return SyscallResult.Error(Status.ZxErrAccessDenied);
        }

        if (call.Size == 0)
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        return Ranges.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, context.Vmo(handle.Object)))
            ? SyscallResult.ZxOk()
            : SyscallResult.Error(Status.ZxErrOutOfRange);
    }
}
