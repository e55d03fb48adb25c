using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>madvise (INV-LINUX-09, INV-LINUX-12): the advice on the calling process's own range (<see cref="MadviseRange"/>).</summary>
internal static class Madvise
{
    public static SyscallResult Run(CallContext context, Abi.Madvise call)
    {
        context.Need(linux: true, memory: true);
        return MadviseRange.Apply(context, context.ProcessKoid, call.Addr, call.Length, call.Advice);
    }
}
