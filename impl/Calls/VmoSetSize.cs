using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_set_size (INV-RW-*).</summary>
internal static class VmoSetSize
{
    public static SyscallResult Run(CallContext context, Abi.VmoSetSize call)
    {
        var status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Write, out var handle);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.ChildKind == ChildKind.Reference)
        {
            vmo = context.Vmo(vmo.ParentKoid, vmo.ParentActor!);
        }

        if (vmo.Resizable && (handle.Rights & Rights.Resize) == 0)
        {
            return SyscallResult.Error(Status.ZxErrAccessDenied);
        }

        // VmObjectDispatcher::SetSize: no stream size for physical or contiguous VMOs, then the rounding
        // (OUT_OF_RANGE) before VmObjectPaged::Resize's own checks.
        if (vmo.Physical || vmo.Contiguous)
        {
            return SyscallResult.Error(Status.ZxErrUnavailable);
        }

        if (!Ranges.TryRoundUp(call.Size, out var size))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        if (!vmo.Resizable)
        {
            return SyscallResult.Error(Status.ZxErrUnavailable);
        }

        if (size > Ranges.MaxVmoSize)
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        var keep = size / VmoAccess.PageSize;
        if (vmo.Pins.Any(p => p.Value > 0 && p.Key >= keep))
        {
            return SyscallResult.Error(Status.ZxErrBadState);
        }

        if (vmo.Pages.Keys.Any(p => p >= keep))
        {
            context.Need(memory: true);
        }

        // A reference child answers with its parent's size (VmoAccess.SizeOf); its own is kept equal, so what the
        // monitors are told of it (REF-02 compares every VMO the model changed) is what a caller reads through it.
        var references = vmo.Children.Where(c => c.Kind == ChildKind.Reference).ToList();
        context.Require(references.Select(c => (c.Koid, c.Actor)));

        VmoAccess.Decommit(context, vmo, keep, ulong.MaxValue - keep);
        vmo = context.Vmo(vmo.Koid, vmo.Actor);

        context.Put(vmo with { Size = size });
        foreach (var link in references)
        {
            context.Put(context.Vmo(link.Koid, link.Actor) with { Size = size });
        }

        return SyscallResult.ZxOk();
    }
}
