using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>
/// ZX_VMO_OP_UNLOCK (D-8): after the shared lock checks, an unlocked VMO is BAD_STATE; the last unlock
/// makes it reclaimable and moves it to the back of the reclaim lists (least recently unlocked first).
/// </summary>
internal static class Unlock
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        var status = LockableRange.Check(context, call, handle, out var vmo);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var checkedCount = context.Bugs.Has(SeededBug.UnlockDoubleDecrement) && context.Peeked.TryGetValue(vmo.Koid, out var peeked)
            ? peeked.LockCount
            : vmo.LockCount;
        if (checkedCount <= 0)
        {
            return SyscallResult.Error(Status.ZxErrBadState);
        }

        var count = vmo.LockCount - 1;
        if (count > 0)
        {
            context.Put(vmo with { LockCount = count });
            return SyscallResult.ZxOk();
        }

        context.ChangeReclaimList(vmo.Koid, vmo.Actor, ReclaimListChangeKind.Touch);
        context.Put(vmo with { LockCount = count, DiscardState = DiscardState.Reclaimable });
        return SyscallResult.ZxOk();
    }
}
