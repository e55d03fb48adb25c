using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call reclaim(level) (D-6, D-12): discards every eligible VMO once, the regular list first
/// and then (at ALMOST_OOM and OOM) the hinted list, each least recently unlocked first (ties by koid)
/// (INV-RECLAIM-01, INV-RECLAIM-02). After one pass nothing more is eligible: a discarded regular VMO
/// is no longer reclaimable and a discarded lockless one holds no page. Above NORMAL the Linux
/// surface's droppable, clean MADV_FREE and volatile pages go too (L-3). Always OK.
/// </summary>
public static class Reclaim
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Reclaim call)
    {
        var order = state.Vmos.Values
            .Where(v => Discarding.IsEligible(v, call.Level) || SeededBugTakes(state, v, call.Level))
            .Where(v => !(state.Has(ModelFaults.ReclaimSkipsHinted) && v.Discard.List == ReclaimList.Hinted))
            .OrderBy(v => v.Discard.List == ReclaimList.Hinted)
            .ThenBy(v => v.Discard.LastUnlock)
            .ThenBy(v => v.Koid)
            .Select(v => v.Koid)
            .ToList();
        var discarded = order.Aggregate(state, Discarding.Discard);

        // The Linux surface shares the reclaimer (L-3): above NORMAL it takes droppable, clean MADV_FREE and volatile pages.
        return Outcome.Ok(call.Level > PressureLevel.Normal ? Linux.Rules.LinuxReclaim.TakeAll(discarded) : discarded);
    }

    /// <summary>The seeded bug <see cref="ModelFaults.ReclaimTakesLocked"/>: a locked, unpinned discardable VMO counts as eligible.</summary>
    private static bool SeededBugTakes(KernelState state, VmoState vmo, PressureLevel level) =>
        state.Has(ModelFaults.ReclaimTakesLocked) && vmo.IsDiscardable && vmo.Discard.LockCount > 0 && !vmo.HasPins
        && level >= PressureLevel.Warning;
}
