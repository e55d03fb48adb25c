using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_create: parse_create_syscall_flags, then the size limit; a discardable VMO joins the reclaim lists.</summary>
internal static class VmoCreate
{
    public static SyscallResult Run(CallContext context, Abi.VmoCreate call)
    {
        var status = VmoCreation.ParseFlags(call.Options, call.Size, out var size);
        if (status == Status.ZxOk && size > Ranges.MaxVmoSize)
        {
            status = Status.ZxErrOutOfRange;
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var resizable = (call.Options & VmoOptions.Resizable) != 0;
        var discardable = (call.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0;
        context.Need(reclaimer: discardable, koids: true);
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            CreateOptions = call.Options,
            Resizable = resizable,
            HandleCount = 1,
        });
        if (discardable)
        {
            context.ChangeReclaimList(vmo.Koid, vmo.Actor, ReclaimListChangeKind.Register);
        }

        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoCreation.VmoRights(resizable))));
    }
}
