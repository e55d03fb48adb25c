using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>
/// ZX_VMO_OP_DONT_NEED (D-7, RFC-0181): on a discardable VMO the hint moves it back to the regular list
/// and, when it is unlocked and unpinned, discards it at once.
/// </summary>
internal static class DontNeed
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        if (HintRange.Settled(context, call, handle, out var vmo) is { } settled)
        {
            return settled;
        }

        vmo = vmo with { Hinted = false };
        context.Put(vmo);
        var worthDiscarding = vmo.Lockless ? !vmo.Pages.IsEmpty : vmo.DiscardState != DiscardState.Discarded;

        // Only the seeded check-then-act bug takes a look (CallPlanner.LooksAsItLocks): a look that saw the VMO
        // unlocked takes the fast path, which skips the check under the lock; one that saw it locked checks again.
        var judged = context.Peeked.TryGetValue(vmo.Koid, out var looked) && looked.LockCount == 0 ? looked : vmo;
        if (judged.LockCount == 0 && !vmo.HasAnyPin && worthDiscarding && !context.Bugs.Has(SeededBug.DontNeedNotImmediate))
        {
            context.Need(memory: true);
            Reclamation.Discard(context, vmo);
        }

        return SyscallResult.ZxOk();
    }
}
