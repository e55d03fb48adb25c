using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_transfer_data(dst, options, offset, length, src, src_offset) (seed 001, D-1, D-2, D-3,
/// D-11, D-13). Checks in the order of D-3 (INV-XFER-04), validating both sides completely before
/// anything moves, so every error changes nothing (INV-XFER-01; NO_MEMORY moves the empty prefix). The
/// pages then move one by one, ascending (<see cref="PageMover"/>).
/// </summary>
public static class VmoTransferData
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoTransferData call)
    {
        if (call.Options != 0 || !Ranges.IsAligned(call.Offset) || !Ranges.IsAligned(call.Length) || !Ranges.IsAligned(call.SrcOffset))
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (!HandleLookup.TryGetVmo(state, process, call.Dst, Rights.Write, out _, out var dst, out var error)
            || !HandleLookup.TryGetVmo(state, process, call.Src, Rights.Read | Rights.Write, out _, out var src, out error))
        {
            return Outcome.Fail(state, error);
        }

        var status = Validate(state, dst, src, call);
        if (status != Status.ZxOk)
        {
            return Outcome.Fail(state, status);
        }

        if (call.Length == 0)
        {
            return Outcome.ZxOk(state);
        }

        var pages = call.Length / Ranges.PageSize;
        if (!Frames.CanAllocate(state, PageMover.ForkFramesNeeded(state, dst, call.Offset / Ranges.PageSize, pages)))
        {
            // The real kernel has taken the source pages by now (D-2); the model moves nothing, the
            // empty prefix INV-XFER-06 allows.
            return Outcome.Fail(state, Status.ZxErrNoMemory);
        }

        return Outcome.ZxOk(PageMover.Move(state, src, call.SrcOffset / Ranges.PageSize, dst, call.Offset / Ranges.PageSize, pages));
    }

    /// <summary>D-3 after the handles: same VMO, physical/contiguous, ranges, source shape, pins, discarded.</summary>
    private static Status Validate(KernelState state, VmoState dst, VmoState src, Abi.VmoTransferData call)
    {
        if (dst.Koid == src.Koid)
        {
            return Status.ZxErrInvalidArgs;
        }

        const VmoTraits unmovable = VmoTraits.Physical | VmoTraits.Contiguous;
        if ((src.Traits & unmovable) != 0 || (dst.Traits & unmovable) != 0)
        {
            return Status.ZxErrNotSupported;
        }

        if (!Ranges.InRange(call.SrcOffset, call.Length, src.Size) || !Ranges.InRange(call.Offset, call.Length, dst.Size))
        {
            return Status.ZxErrOutOfRange;
        }

        var srcHasParent = src.Parent is { } link && state.Vmos.ContainsKey(link.ParentKoid);
        if (srcHasParent || !src.Children.IsEmpty || src.Is(VmoTraits.PagerBacked))
        {
            return Status.ZxErrBadState;
        }

        var pages = call.Length / Ranges.PageSize;
        var srcFirst = call.SrcOffset / Ranges.PageSize;
        var dstView = PageView.Of(state, dst);
        var dstFirst = (call.Offset / Ranges.PageSize) + dstView.PageShift;
        if (src.Pins.Keys.Any(p => p >= srcFirst && p - srcFirst < pages)
            || dstView.Owner.Pins.Keys.Any(p => p >= dstFirst && p - dstFirst < pages))
        {
            return Status.ZxErrBadState;
        }

        return src.RefusesAccess || dst.RefusesAccess ? Status.ZxErrBadState : Status.ZxOk;
    }
}
