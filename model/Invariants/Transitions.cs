using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Every two-state invariant, run over one step (before, caller, call, result, after). An empty result
/// means the step kept every rule. Single-state invariants are in <see cref="StateInvariants"/>.
/// </summary>
public static class Transitions
{
    public static IReadOnlyList<InvariantViolation> Check(KernelState before, ulong process, Syscall call, SyscallResult result, KernelState after)
    {
        var t = new Transition(before, process, call, result, after);
        return InvariantViolation.All(
            StateTransitions.Check(t),
            PinTransitions.Check(t),
            DiscardTransitions.Check(t),
            ReclaimTransitions.Check(t),
            TransferTransitions.Check(t),
            ChildTransitions.Check(t),
            RightsTransitions.Check(t),
            GetinfoTransitions.Check(t),
            MadviseTransitions.Check(t),
            LinuxTransitions.Check(t));
    }
}
