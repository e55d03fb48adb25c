using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>ZX_VMO_OP_DECOMMIT: WRITE, not contiguous, in range, page aligned, nothing pinned; frees the pages.</summary>
internal static class Decommit
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        var refused = OpRangeRules.Refused(context, handle);
        if (refused != Status.ZxOk)
        {
            return SyscallResult.Error(refused);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.Contiguous)
        {
            return SyscallResult.Error(Status.ZxErrNotSupported);
        }

        if (!Ranges.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        if (call.Size == 0)
        {
            return SyscallResult.ZxOk();
        }

        var first = call.Offset / VmoAccess.PageSize;
        if (VmoAccess.Owner(context, vmo, first).Owner.CannotDecommit)
        {
            return SyscallResult.Error(Status.ZxErrNotSupported);
        }

        if (!KernelLayout.IsPageAligned(call.Offset) || !KernelLayout.IsPageAligned(call.Size))
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        var count = call.Size / VmoAccess.PageSize;
        if (VmoAccess.AnyPinned(context, vmo, first, count))
        {
            return SyscallResult.Error(Status.ZxErrBadState);
        }

        if (vmo.DiscardedUnlocked)
        {
            return SyscallResult.ZxOk();
        }

        context.Need(memory: true);
        VmoAccess.Decommit(context, vmo, first, count, context.Bugs.Has(SeededBug.DecommitLeaksFrames));
        return SyscallResult.ZxOk();
    }
}
