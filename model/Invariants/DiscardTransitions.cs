using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Discardable memory across one call: INV-DISC-01..07 and INV-LOCKLESS-01..05 (D-4, D-5, D-7, D-8).
/// Reclaim has its own predicates in <see cref="ReclaimTransitions"/>.
/// </summary>
public static class DiscardTransitions
{
    /// <summary>
    /// With no VMO record replaced, nothing was discarded: only the read, write and op_range rules remain,
    /// judged without an iterator (most edges of exhaust are such calls, and calling an iterator allocates it).
    /// </summary>
    public static IEnumerable<InvariantViolation> Check(Transition t) =>
        t.VmosUnchanged ? CallSpecific(t) : Checked(t);

    private static IEnumerable<InvariantViolation> Checked(Transition t)
    {
        foreach (var (koid, before) in t.VmosToCompare)
        {
            // A record the call did not replace is unchanged (records are immutable): no discard to judge.
            if (!before.IsDiscardable || !t.After.Vmos.TryGetValue(koid, out var after) || ReferenceEquals(before, after))
            {
                continue;
            }

            var discards = after.CommittedChangeEvents - before.CommittedChangeEvents;
            if (discards > 0 && before.Discard.LockCount > 0)
            {
                yield return InvariantViolation.Of("INV-DISC-01", $"{t.Call} discarded VMO {before.Koid} while its lock count was {before.Discard.LockCount}");
            }

            if (discards > 1 || (discards == 1 && (!after.Pages.IsEmpty || !after.Discard.Discarded)))
            {
                yield return InvariantViolation.Of("INV-DISC-03", $"{t.Call} counted {discards} discards of VMO {before.Koid}, leaving {after.Pages.Count} pages");
            }

            var dontNeed = t.Call is VmoOpRange { Op: VmoOp.DontNeed };
            if (discards > 0 && !before.IsLockless && !before.Discard.EverLocked && !dontNeed)
            {
                yield return InvariantViolation.Of("INV-DISC-02", $"{t.Call} discarded never-locked VMO {before.Koid}");
            }

            if (discards > 0 && t.Call is Reclaim && after.Discard.List != before.Discard.List)
            {
                yield return InvariantViolation.Of("INV-LOCKLESS-02", $"{t.Call} moved VMO {before.Koid} off its list when discarding it");
            }
        }

        foreach (var violation in CallSpecific(t))
        {
            yield return violation;
        }
    }

    /// <summary>The rules of read, write and op_range; the list is allocated only when one is broken.</summary>
    private static InvariantViolation[] CallSpecific(Transition t)
    {
        List<InvariantViolation>? found = null;
        switch (t.Call)
        {
            case VmoRead read when t.VmoBefore(read.Vmo) is { } vmo:
                if (vmo.IsLockless && t.Result.Status == Status.ZxErrNotFound)
                {
                    Add(ref found, InvariantViolation.Of("INV-LOCKLESS-01", $"{t.Call} of lockless VMO {vmo.Koid} returned NOT_FOUND"));
                }

                if (vmo.RefusesAccess && read.Length > 0 && t.Result.Succeeded)
                {
                    Add(ref found, InvariantViolation.Of("INV-DISC-04", $"{t.Call} of discarded VMO {vmo.Koid} succeeded"));
                }

                break;
            case VmoWrite write when t.VmoBefore(write.Vmo) is { } vmo && vmo.RefusesAccess && write.Data.Length > 0 && t.Result.Succeeded:
                Add(ref found, InvariantViolation.Of("INV-DISC-04", $"{t.Call} of discarded VMO {vmo.Koid} succeeded"));
                break;
            case VmoOpRange op when t.VmoBefore(op.Vmo) is { } vmo:
                OpRange(t, op, vmo, ref found);
                break;
        }

        return found is null ? [] : [.. found];
    }

    private static void OpRange(Transition t, VmoOpRange op, VmoState before, ref List<InvariantViolation>? found)
    {
        var after = t.After.Vmos.GetValueOrDefault(before.Koid);
        var count = after?.Discard.LockCount;
        switch (op.Op)
        {
            case VmoOp.Lock when t.Result.Succeeded:
                var reported = (t.Result.Value as RecordValue)?["discarded_size"];
                var expected = Value.Int(before.Discard.Discarded ? before.Size : 0);
                if (!Equals(reported, expected) || (before.RefusesAccess && after is { Pages.IsEmpty: false }))
                {
                    Add(ref found, InvariantViolation.Of("INV-DISC-05", $"LOCK of VMO {before.Koid} (discarded: {before.Discard.Discarded}) reported discarded_size {reported}"));
                }

                if (count != before.Discard.LockCount + 1)
                {
                    Add(ref found, InvariantViolation.Of("INV-DISC-07", $"LOCK took VMO {before.Koid}'s lock count from {before.Discard.LockCount} to {count}"));
                }

                break;
            case VmoOp.TryLock when t.Result.Status == Status.ZxErrUnavailable && !before.Discard.Discarded:
                Add(ref found, InvariantViolation.Of("INV-DISC-06", $"TRY_LOCK of VMO {before.Koid} was UNAVAILABLE though it was not discarded"));
                break;
            case VmoOp.TryLock when t.Result.Succeeded && before.Discard.Discarded:
                Add(ref found, InvariantViolation.Of("INV-DISC-06", $"TRY_LOCK of discarded VMO {before.Koid} succeeded"));
                break;
            case VmoOp.Unlock when t.Result.Succeeded && (before.Discard.LockCount == 0 || count != before.Discard.LockCount - 1):
                Add(ref found, InvariantViolation.Of("INV-DISC-07", $"UNLOCK took VMO {before.Koid}'s lock count from {before.Discard.LockCount} to {count}"));
                break;
            case VmoOp.Unlock when t.Result.Status == Status.ZxErrBadState && before.Discard.LockCount != 0:
                Add(ref found, InvariantViolation.Of("INV-DISC-07", $"UNLOCK of VMO {before.Koid} at lock count {before.Discard.LockCount} was BAD_STATE"));
                break;
            case VmoOp.AlwaysNeed or VmoOp.DontNeed when !before.IsDiscardable && !before.Is(VmoTraits.PagerBacked) && !t.Result.Succeeded:
                Add(ref found, InvariantViolation.Of("INV-LOCKLESS-05", $"{t.Call} on a plain VMO returned {t.Result}"));
                break;
            case VmoOp.AlwaysNeed when t.Result.Succeeded && before.IsDiscardable && after?.Discard.List != ReclaimList.Hinted:
                Add(ref found, InvariantViolation.Of("INV-LOCKLESS-03", $"ALWAYS_NEED left VMO {before.Koid} on the {after?.Discard.List} list"));
                break;
            case VmoOp.DontNeed when t.Result.Succeeded && before.IsDiscardable:
                var shouldDiscard = Rules.Discarding.DontNeedDiscards(before);
                var discarded = after is not null && after.CommittedChangeEvents == before.CommittedChangeEvents + 1;
                if (after?.Discard.List != ReclaimList.Regular || shouldDiscard != discarded)
                {
                    Add(ref found, InvariantViolation.Of("INV-LOCKLESS-04", $"DONT_NEED of VMO {before.Koid} (lock count {before.Discard.LockCount}): list {after?.Discard.List}, discarded {discarded}"));
                }

                break;
        }
    }

    private static void Add(ref List<InvariantViolation>? found, InvariantViolation violation) => (found ??= []).Add(violation);
}
