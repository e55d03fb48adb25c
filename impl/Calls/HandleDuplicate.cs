using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_handle_duplicate (INV-HANDLE-*, INV-RIGHTS-02, D-15): rights are never added.
/// </summary>
internal static class HandleDuplicate
{
    public static SyscallResult Run(CallContext context, Abi.HandleDuplicate call)
    {
        if (!context.View.TryHandle(call.Handle, out var entry))
        {
            return SyscallResult.Error(Status.ZxErrBadHandle);
        }

        if ((entry.Rights & Rights.Duplicate) == 0)
        {
            return SyscallResult.Error(Status.ZxErrAccessDenied);
        }

        if (!HandleRights.TryNarrow(entry.Rights, call.Rights, out var rights))
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        if (entry.Object.Kind == ObjectKind.Vmo)
        {
            var vmo = context.Vmo(entry.Object);
            context.Put(vmo with { HandleCount = vmo.HandleCount + 1 });
        }

        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(entry.Object, rights)));
    }
}
