using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>Control call set_free_frames(n): from now on exactly n frames may be allocated. Frames in use stay in use. Always OK.</summary>
public static class SetFreeFrames
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.SetFreeFrames call) =>
        call.Count == state.Memory.Free
            ? Outcome.Ok(state)
            : Outcome.Ok(state with { Memory = state.Memory with { Free = call.Count } });
}
