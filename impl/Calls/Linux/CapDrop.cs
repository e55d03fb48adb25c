using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>cap_drop(cap) (control, L-14): a capability past CAP_LAST_CAP (40 in 6.13) is EINVAL; otherwise the calling process no longer holds it (dropping one not held is no error).</summary>
internal static class CapDrop
{
    private const uint CapLastCap = 40;

    public static SyscallResult Run(CallContext context, Abi.CapDrop call)
    {
        context.Need(linux: true);
        if (call.Capability > CapLastCap)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (context.Linux.Mm(context.ProcessKoid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        context.Linux = context.Linux.WithMm(context.ProcessKoid, mm with { Caps = mm.Caps.Remove(call.Capability) });
        return SyscallResult.Ok();
    }
}
