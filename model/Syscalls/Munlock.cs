using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>munlock(addr, len): mlock's checks and walk, clearing VM_LOCKED (<see cref="Mlock.Apply"/>).</summary>
public static class Munlock
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Munlock call) =>
        Mlock.Apply(state, process, call.Addr, call.Length, lockIt: false);
}
