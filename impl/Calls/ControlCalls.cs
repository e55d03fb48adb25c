using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>The control calls that are not the reclaimer's: set_free_frames and process_create.</summary>
public static class ControlCalls
{
    public static SyscallResult SetFreeFrames(CallContext context, SetFreeFrames call)
    {
        context.Memory = context.Memory with { FreeFrames = call.Count };
        return SyscallResult.Ok();
    }

    public static SyscallResult ProcessCreate(CallContext context)
    {
        context.Need(koids: true);
        return SyscallResult.Ok(Value.Int(context.CreateProcess()));
    }
}
