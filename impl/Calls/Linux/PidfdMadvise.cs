using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>Placeholder until the Linux surface lands in the actor kernel.</summary>
internal static class PidfdMadvise
{
    public static SyscallResult Run(CallContext context, Abi.PidfdMadvise call)
    {
        context.Need(linux: true);
        return SyscallResult.Error(Status.Enosys);
    }
}
