using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_DONT_NEED (<see cref="HintOpChecks"/>, D-7): moves a discardable VMO to the regular list
/// and discards it at once when it is unlocked (INV-LOCKLESS-04).
/// </summary>
public static class DontNeed
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (HintOpChecks.Refused(op, out var refusal))
        {
            return refusal;
        }

        var after = op.State.WithVmo(op.Vmo with { Discard = op.Vmo.Discard with { List = ReclaimList.Regular } });
        return Outcome.ZxOk(Discarding.DontNeedDiscards(op.Vmo) ? Discarding.Discard(after, op.Vmo.Koid) : after);
    }
}
