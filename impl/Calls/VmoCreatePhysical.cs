using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_create_physical: a VMO over a fixed physical range, named by a resource handle.</summary>
internal static class VmoCreatePhysical
{
    public static SyscallResult Run(CallContext context, Abi.VmoCreatePhysical call)
    {
        var status = context.View.Lookup(call.Resource, ObjectKind.Resource, Rights.None, out _);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        if (!KernelLayout.IsPageAligned(call.Paddr) || call.Size == 0 || !Ranges.TryRoundUp(call.Size, out var size) ||
            !Ranges.TryEnd(call.Paddr, size - 1, out _))
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        context.Need(koids: true);
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            Physical = true,
            PhysicalBase = call.Paddr,
            HandleCount = 1,
        });
        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoCreation.VmoRights(false))));
    }
}
