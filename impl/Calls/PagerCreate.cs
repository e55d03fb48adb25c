using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_pager_create: options must be 0.</summary>
internal static class PagerCreate
{
    public static SyscallResult Run(CallContext context, Abi.PagerCreate call) =>
        call.Options != 0
            ? SyscallResult.Error(Status.ZxErrInvalidArgs)
            : SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(context.NewKoid(), ObjectKind.Pager), Rights.DefaultPager)));
}
