using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>Checks several op_range ops share: the WRITE right and physical refusal, and the page span of a range.</summary>
internal static class OpRangeRules
{
    /// <summary>COMMIT, DECOMMIT and ZERO need WRITE first; a physical VMO has no pages to manage.</summary>
    public static Status Refused(CallContext context, HandleEntry handle) =>
        (handle.Rights & Rights.Write) == 0 ? Status.ZxErrAccessDenied
        : context.Vmo(handle.Object).Physical ? Status.ZxErrNotSupported
        : Status.ZxOk;

    /// <summary>The whole pages touching [offset, offset + size), when that range is inside <paramref name="vmoSize"/>.</summary>
    public static bool PageSpan(ulong offset, ulong size, ulong vmoSize, out ulong first, out ulong count)
    {
        first = count = 0;
        if (!Ranges.TryEnd(offset, size, out var last) || !Ranges.TryRoundUp(last, out var end) || end > vmoSize)
        {
            return false;
        }

        first = offset / VmoAccess.PageSize;
        count = (end / VmoAccess.PageSize) - first;
        return true;
    }
}
