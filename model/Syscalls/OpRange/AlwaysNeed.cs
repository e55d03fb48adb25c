using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_ALWAYS_NEED (<see cref="HintOpChecks"/>, D-7): moves a discardable VMO to the hinted list,
/// reclaimed only at ALMOST_OOM and OOM (INV-LOCKLESS-03).
/// </summary>
public static class AlwaysNeed
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op) =>
        HintOpChecks.Refused(op, out var refusal)
            ? refusal
            : Outcome.ZxOk(op.State.WithVmo(op.Vmo with { Discard = op.Vmo.Discard with { List = ReclaimList.Hinted } }));
}
