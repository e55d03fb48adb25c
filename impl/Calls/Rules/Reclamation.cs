using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// When a discardable VMO may be discarded (D-4, D-6, D-12) and what a discard does (D-5): every page of
/// the whole VMO is freed, one committed_change_event is counted, and the VMO is marked discarded.
/// </summary>
internal static class Reclamation
{
    /// <summary>
    /// Eligible at <paramref name="level"/>: discardable, alive, lock count 0, no pinned page, hinted
    /// ones only at ALMOST_OOM or worse; a regular VMO once unlocked and not yet discarded, a lockless one
    /// whenever it holds a page.
    /// </summary>
    public static bool Eligible(VmoState vmo, PressureLevel level, SeededBugSet bugs)
    {
        if (level < PressureLevel.Warning || vmo.Destroyed || !vmo.Discardable || vmo.LockCount != 0)
        {
            return false;
        }

        if (vmo.HasAnyPin && !bugs.Has(SeededBug.ReclaimIgnoresPins))
        {
            return false;
        }

        if (vmo.Hinted && level < PressureLevel.AlmostOom)
        {
            return false;
        }

        return vmo.Lockless ? !vmo.Pages.IsEmpty : vmo.DiscardState == DiscardState.Reclaimable;
    }

    public static VmoState Discard(CallContext context, VmoState vmo)
    {
        var freed = ImmutableArray.CreateBuilder<ulong>();
        foreach (var page in vmo.Pages.Values)
        {
            context.Free(page.Frame);
            freed.Add(page.Frame);
        }

        context.Effects.RecordDiscard(new DiscardFact(vmo.Koid, vmo.LockCount, vmo.Pins.Count(p => p.Value > 0), freed.ToImmutable()));
        var discarded = vmo with
        {
            Pages = ImmutableSortedDictionary<ulong, Page>.Empty,
            DiscardState = DiscardState.Discarded,
            DiscardedSinceLock = true,
            ChangeEvents = vmo.ChangeEvents + 1,
        };
        context.Put(discarded);
        return discarded;
    }
}
