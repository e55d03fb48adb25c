using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// What DONT_NEED and ALWAYS_NEED share (D-7, RFC-0181): no right needed; ZX_OK without a range check on a
/// VMO neither discardable nor pager-backed; otherwise the range is checked, and only a discardable VMO
/// takes the hint.
/// </summary>
internal static class HintRange
{
    /// <summary>The answer when the hint stops before touching the VMO, or null when <paramref name="vmo"/> takes it.</summary>
    public static SyscallResult? Settled(CallContext context, Abi.VmoOpRange call, HandleEntry handle, out VmoState vmo)
    {
        vmo = context.Vmo(handle.Object);
        if (!vmo.Discardable && !vmo.PagerBacked)
        {
            return SyscallResult.ZxOk();
        }

        if (!Ranges.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        return vmo.Discardable ? null : SyscallResult.ZxOk();
    }
}
