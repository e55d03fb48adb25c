using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_handle_replace (INV-HANDLE-*, INV-RIGHTS-02, D-15): rights are never added; replace consumes the original even when it fails for bad rights.
/// </summary>
internal static class HandleReplace
{
    public static SyscallResult Run(CallContext context, Abi.HandleReplace call)
    {
        if (!context.View.TryHandle(call.Handle, out var entry))
        {
            return SyscallResult.Error(Status.ZxErrBadHandle);
        }

        var narrowed = HandleRights.TryNarrow(entry.Rights, call.Rights, out var rights);
        if (entry.Object.Kind == ObjectKind.Vmo && !narrowed)
        {
            context.Vmo(entry.Object);
        }

        context.View.RemoveHandle(call.Handle);
        if (!narrowed)
        {
            HandleRights.Release(context, entry);
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(entry.Object, rights)));
    }
}
