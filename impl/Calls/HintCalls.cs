using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ZX_VMO_OP_DONT_NEED and ALWAYS_NEED (D-7, RFC-0181): no right needed; ZX_OK without a range check on a
/// VMO neither discardable nor pager-backed; otherwise the range is checked. On a discardable VMO
/// ALWAYS_NEED hints the whole VMO (hinted list) and DONT_NEED moves it to the regular list and, when it
/// is unlocked, discards it at once.
/// </summary>
public static class HintCalls
{
    public static SyscallResult Hint(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        var vmo = context.Vmo(handle.Object);
        if (!vmo.Discardable && !vmo.PagerBacked)
        {
            return SyscallResult.ZxOk();
        }

        if (!VmoAccess.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        if (!vmo.Discardable)
        {
            return SyscallResult.ZxOk();
        }

        if (call.Op == VmoOp.AlwaysNeed)
        {
            var wholeVmo = call.Offset == 0 && call.Size >= vmo.Size;
            if (wholeVmo || !context.Bugs.Has(SeededBug.AlwaysNeedRangeNotPromoted))
            {
                context.Put(vmo with { Hinted = true });
            }

            return SyscallResult.ZxOk();
        }

        vmo = vmo with { Hinted = false };
        context.Put(vmo);
        var worthDiscarding = vmo.Lockless ? !vmo.Pages.IsEmpty : vmo.DiscardState != DiscardState.Discarded;
        if (vmo.LockCount == 0 && !vmo.HasAnyPin && worthDiscarding && !context.Bugs.Has(SeededBug.DontNeedNotImmediate))
        {
            context.Need(memory: true);
            Reclamation.Discard(context, vmo);
        }

        return SyscallResult.ZxOk();
    }
}
