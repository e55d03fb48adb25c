using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_handle_close (INV-HANDLE-*, INV-RIGHTS-02, D-15): rights are never added.
/// </summary>
internal static class HandleClose
{
    public static SyscallResult Run(CallContext context, Abi.HandleClose call)
    {
        if (call.Handle == KernelConstants.HandleInvalid)
        {
            return SyscallResult.ZxOk();
        }

        if (!context.View.TryHandle(call.Handle, out var entry))
        {
            return SyscallResult.Error(Status.ZxErrBadHandle);
        }

        context.View.RemoveHandle(call.Handle);
        HandleRights.Release(context, entry);
        return SyscallResult.ZxOk();
    }
}
