using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_pager_create_vmo: pager ATTACH and port WRITE, then the create flags (no discardable pager VMO).</summary>
internal static class PagerCreateVmo
{
    public static SyscallResult Run(CallContext context, Abi.PagerCreateVmo call)
    {
        var status = context.View.Lookup(call.Pager, ObjectKind.Pager, Rights.Attach, out _);
        if (status == Status.ZxOk)
        {
            status = context.View.Lookup(call.Port, ObjectKind.Port, Rights.Write, out _);
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        status = VmoCreation.ParseFlags(call.Options, call.Size, out var size);
        if (status == Status.ZxOk && (call.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0)
        {
            status = Status.ZxErrInvalidArgs;
        }

        if (status == Status.ZxOk && size > Ranges.MaxVmoSize)
        {
            status = Status.ZxErrOutOfRange;
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.Need(koids: true);
        var resizable = (call.Options & VmoOptions.Resizable) != 0;
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            Resizable = resizable,
            PagerBacked = true,
            HandleCount = 1,
        });
        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoCreation.VmoRights(resizable))));
    }
}
