using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Model.Support;

/// <summary>
/// What the invariant checks report, as the messages exhaust and the monitors print after VIOLATION: the edge
/// tests assert these lists whole, so the text is behaviour.
/// </summary>
public static class ReportedViolations
{
    public static string[] Messages(IEnumerable<InvariantViolation> violations) => [.. violations.Select(v => v.Message)];

    /// <summary>The single-state invariants over one state.</summary>
    public static string[] OfState(KernelState state) => Messages(StateInvariants.Check(state));

    /// <summary>The two-state invariants over one step.</summary>
    public static string[] OfStep(KernelState before, ulong process, Syscall call, SyscallResult result, KernelState after) =>
        Messages(Transitions.Check(before, process, call, result, after));
}
