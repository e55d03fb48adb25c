using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Discarding a discardable VMO: every page of the whole VMO is freed and one
/// committed_change_event is counted (D-5, INV-DISC-03). Never while locked (INV-DISC-01) or pinned
/// (INV-RECLAIM-03). A regular VMO stays discarded until its next LOCK; a lockless one stays
/// reclaimable (D-4) and only counts as discarded for its next LOCK's report (D-12).
/// </summary>
public static class Discarding
{
    public static KernelState Discard(KernelState state, ulong koid)
    {
        var released = Frames.Release(state, koid, state.Vmos[koid].Pages.Keys.ToList());
        var vmo = released.Vmos[koid];
        return released.WithVmo(vmo with
        {
            CommittedChangeEvents = vmo.CommittedChangeEvents + 1,
            Discard = vmo.Discard with { Discarded = true },
        });
    }

    /// <summary>
    /// Whether the reclaimer may discard the VMO at this pressure (D-6, D-12): discardable, lock count 0,
    /// no pinned page, reclaimable (a regular VMO once locked and not discarded since; a lockless VMO
    /// while it holds a page), and on a list this level reclaims.
    /// </summary>
    public static bool IsEligible(VmoState vmo, PressureLevel level)
    {
        if (!vmo.IsDiscardable || vmo.Discard.LockCount != 0 || vmo.HasPins)
        {
            return false;
        }

        var reclaimable = vmo.IsLockless ? !vmo.Pages.IsEmpty : vmo.Discard.EverLocked && !vmo.Discard.Discarded;
        var listReclaimed = vmo.Discard.List == ReclaimList.Hinted
            ? level >= PressureLevel.AlmostOom
            : level >= PressureLevel.Warning;
        return reclaimable && listReclaimed;
    }

    /// <summary>
    /// Whether DONT_NEED discards the VMO at once (D-7): unlocked and unpinned; a regular VMO not already
    /// discarded, a lockless one only if it holds a page (nothing would be lost otherwise).
    /// </summary>
    public static bool DontNeedDiscards(VmoState vmo) =>
        vmo.Discard.LockCount == 0 && !vmo.HasPins && (vmo.IsLockless ? !vmo.Pages.IsEmpty : !vmo.Discard.Discarded);
}
