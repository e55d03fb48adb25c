using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Every single-state invariant, run over one <see cref="KernelState"/>. An empty result means the
/// state is well formed. Each violation names its spec ID (spec/, docs/design-notes.md).
/// </summary>
public static class StateInvariants
{
    public static IReadOnlyList<InvariantViolation> Check(KernelState state) => InvariantViolation.All(
        MemoryInvariants.Check(state),
        PinInvariants.Check(state),
        ObjectInvariants.Check(state),
        DiscardInvariants.Check(state),
        LinuxInvariants.Check(state));
}
