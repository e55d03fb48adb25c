using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>ZX_VMO_OP_PREFETCH: READ and the rounded-out page span; nothing observable changes.</summary>
internal static class Prefetch
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        if ((handle.Rights & Rights.Read) == 0)
        {
            return SyscallResult.Error(Status.ZxErrAccessDenied);
        }

        return OpRangeRules.PageSpan(call.Offset, call.Size, VmoAccess.SizeOf(context, context.Vmo(handle.Object)), out _, out _)
            ? SyscallResult.ZxOk()
            : SyscallResult.Error(Status.ZxErrOutOfRange);
    }
}
