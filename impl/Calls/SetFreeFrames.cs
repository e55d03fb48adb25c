using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>set_free_frames(n): the control call that bounds physical memory, so NO_MEMORY paths can be driven.</summary>
internal static class SetFreeFrames
{
    public static SyscallResult Run(CallContext context, Abi.SetFreeFrames call)
    {
        context.Memory = context.Memory with { FreeFrames = call.Count };
        return SyscallResult.Ok();
    }
}
