using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// process_create(): a new process whose creator may read its facts; its value is the new koid. The new
/// process also gets a fresh Linux mm (standard descriptors, CAP_SYS_NICE) whose parent is the creator (L-14).
/// </summary>
internal static class ProcessCreate
{
    public static SyscallResult Run(CallContext context, Abi.ProcessCreate call)
    {
        context.Need(koids: true, linux: true);
        var koid = context.CreateProcess();
        context.Linux = context.Linux.WithMm(koid, Linux.State.MmState.Fresh(parent: context.ProcessKoid));
        return SyscallResult.Ok(Value.Int(koid));
    }
}
