using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_get_size.</summary>
internal static class VmoGetSize
{
    public static SyscallResult Run(CallContext context, Abi.VmoGetSize call)
    {
        var status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out var handle);
        return status != Status.ZxOk
            ? SyscallResult.Error(status)
            : SyscallResult.ZxOk(Value.Int(VmoAccess.SizeOf(context, context.Vmo(handle.Object))));
    }
}
