using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>process_create(): a new process whose creator may read its facts; its value is the new koid.</summary>
internal static class ProcessCreate
{
    public static SyscallResult Run(CallContext context, Abi.ProcessCreate call)
    {
        context.Need(koids: true);
        return SyscallResult.Ok(Value.Int(context.CreateProcess()));
    }
}
