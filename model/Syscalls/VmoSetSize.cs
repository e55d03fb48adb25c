using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_set_size(vmo, size). Order: handle with WRITE; a resizable VMO whose handle lacks RESIZE
/// (ACCESS_DENIED); physical or contiguous VMO, which has no stream size (UNAVAILABLE,
/// VmObjectDispatcher::SetSize); rounding up wraps (OUT_OF_RANGE, before Resize); not resizable
/// (UNAVAILABLE, VmObjectPaged::Resize); the size exceeds the maximum (OUT_OF_RANGE); shrinking past a
/// pinned page (BAD_STATE, INV-PIN-03).
/// Shrinking frees the pages beyond the new end; a reference child and its parent share one size.
/// </summary>
public static class VmoSetSize
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoSetSize call)
    {
        if (!HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.Write, out var handle, out var vmo, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (vmo.Is(VmoTraits.Resizable) && (handle.Rights & Rights.Resize) == 0)
        {
            return Outcome.Fail(state, Status.ZxErrAccessDenied);
        }

        if (vmo.Is(VmoTraits.Physical) || vmo.Is(VmoTraits.Contiguous))
        {
            return Outcome.Fail(state, Status.ZxErrUnavailable);
        }

        if (!Ranges.TryRoundUp(call.Size, out var size))
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        if (!vmo.Is(VmoTraits.Resizable))
        {
            return Outcome.Fail(state, Status.ZxErrUnavailable);
        }

        if (size > Ranges.MaxVmoSize)
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        var owner = PageView.Of(state, vmo).Owner;
        var keep = size / Ranges.PageSize;
        if (owner.Pins.Keys.Any(p => p >= keep))
        {
            return Outcome.Fail(state, Status.ZxErrBadState);
        }

        var after = Frames.ZeroPages(state, owner.Koid, keep, ulong.MaxValue);
        foreach (var koid in Lifetime.ReferenceGroup(after, owner.Koid))
        {
            after = after.WithVmo(after.Vmos[koid] with { Size = size });
        }

        return Outcome.ZxOk(after);
    }
}
