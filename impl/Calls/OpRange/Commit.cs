using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>ZX_VMO_OP_COMMIT: WRITE, the rounded-out page span, then frames for every page not yet committed.</summary>
internal static class Commit
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        var refused = OpRangeRules.Refused(context, handle);
        if (refused != Status.ZxOk)
        {
            return SyscallResult.Error(refused);
        }

        var vmo = context.Vmo(handle.Object);
        if (!OpRangeRules.PageSpan(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo), out var first, out var count))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        // The range is rounded out before the empty test (CommitRangeInternal): size 0 at an unaligned
        // offset still commits the page under it.
        if (count == 0)
        {
            return SyscallResult.ZxOk();
        }

        if (vmo.DiscardedUnlocked)
        {
            return SyscallResult.Error(Status.ZxErrNotFound);
        }

        context.Need(memory: true);

        // Only the seeded lock-dropped-around-the-allocation bug takes a look (CallPlanner.LooksAsItLocks): it re-validates by the page count.
        var committed = context.Peeked.TryGetValue(vmo.Koid, out var looked) && looked.Pages.Count == vmo.Pages.Count && !vmo.IsView
            ? OptimisticLook.CommitAsLooked(context, looked, vmo, first, count)
            : VmoAccess.Commit(context, vmo, first, count);
        return committed ? SyscallResult.ZxOk() : SyscallResult.Error(Status.ZxErrNoMemory);
    }
}
