using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Discardable state over one state: a locked VMO is not in the discarded state (INV-DISC-01); a
/// discarded, unlocked regular discardable VMO holds no page, since every path that would commit one
/// refuses (INV-DISC-03, INV-DISC-04); VMOs that are not discardable carry no discardable state (INV-DISC-12).
/// </summary>
public static class DiscardInvariants
{
    public static IEnumerable<InvariantViolation> Check(KernelState state)
    {
        foreach (var (_, vmo) in state.Vmos)
        {
            var d = vmo.Discard;
            if (d.LockCount > 0 && d.Discarded)
            {
                yield return InvariantViolation.Of("INV-DISC-01", $"VMO {vmo.Koid} is discarded with lock count {d.LockCount}");
            }

            if (vmo.RefusesAccess && !vmo.Pages.IsEmpty)
            {
                yield return InvariantViolation.Of("INV-DISC-03", $"discarded VMO {vmo.Koid} holds {vmo.Pages.Count} pages");
            }

            if (!vmo.IsDiscardable && (d.LockCount != 0 || d.Discarded || d.EverLocked || vmo.CommittedChangeEvents != 0))
            {
                yield return InvariantViolation.Of("INV-DISC-12", $"VMO {vmo.Koid} is not discardable but has discardable state {d}, events {vmo.CommittedChangeEvents}");
            }
        }
    }
}
