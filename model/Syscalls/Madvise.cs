using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>madvise(addr, len, advice) on the calling process (<see cref="LinuxAdvice"/>); MADV_NONVOLATILE answers <c>{purged}</c> (L-7).</summary>
public static class Madvise
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Madvise call)
    {
        var (after, status, value) = LinuxAdvice.Apply(state, process, call.Addr, call.Length, call.Advice);
        return (after, new SyscallResult(status, status == Status.Ok ? value : Value.None));
    }
}
