using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>
/// ZX_VMO_OP_ALWAYS_NEED (D-7, RFC-0181): on a discardable VMO the hint covers the whole VMO, which moves
/// to the hinted list (reclaimed only at ALMOST_OOM or worse), whatever range was named.
/// </summary>
internal static class AlwaysNeed
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        if (HintRange.Settled(context, call, handle, out var vmo) is { } settled)
        {
            return settled;
        }

        var wholeVmo = call.Offset == 0 && call.Size >= vmo.Size;
        if (wholeVmo || !context.Bugs.Has(SeededBug.AlwaysNeedRangeNotPromoted))
        {
            context.Put(vmo with { Hinted = true });
        }

        return SyscallResult.ZxOk();
    }
}
