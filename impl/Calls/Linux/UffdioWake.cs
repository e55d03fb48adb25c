using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>Placeholder until the Linux surface lands in the actor kernel.</summary>
internal static class UffdioWake
{
    public static SyscallResult Run(CallContext context, Abi.UffdioWake call)
    {
        context.Need(linux: true);
        return SyscallResult.Error(Status.Enosys);
    }
}
