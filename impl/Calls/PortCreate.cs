using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_port_create: a port only pager-backed VMO creation needs; options other than bit 0 are INVALID_ARGS.</summary>
internal static class PortCreate
{
    public static SyscallResult Run(CallContext context, Abi.PortCreate call) =>
        (call.Options & ~1u) != 0
            ? SyscallResult.Error(Status.ZxErrInvalidArgs)
            : SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(context.NewKoid(), ObjectKind.Port), Rights.DefaultPort)));
}
