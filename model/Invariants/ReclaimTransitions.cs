using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// The reclaimer (D-6, D-12): reclaim(NORMAL) changes nothing; any level discards only VMOs eligible at
/// that level, each exactly once, and leaves none eligible (INV-RECLAIM-01); it discards the regular list
/// before the hinted one, each least recently unlocked first, which shows in the order the freed frames
/// are pushed (INV-RECLAIM-02); a VMO with pinned pages is never discarded (INV-RECLAIM-03). Other calls
/// never discard a VMO except DONT_NEED on it.
/// </summary>
public static class ReclaimTransitions
{
    /// <summary>A call other than reclaim that replaced no VMO record discarded nothing.</summary>
    public static IEnumerable<InvariantViolation> Check(Transition t) =>
        t.VmosUnchanged && t.Call is not Reclaim ? [] : Checked(t);

    private static IEnumerable<InvariantViolation> Checked(Transition t)
    {
        var discarded = Discarded(t);
        foreach (var vmo in discarded.Where(v => v.HasPins))
        {
            yield return InvariantViolation.Of("INV-RECLAIM-03", $"{t.Call} discarded VMO {vmo.Koid} with pinned pages [{string.Join(", ", vmo.Pins.Keys)}]");
        }

        if (t.Call is not Reclaim reclaim)
        {
            if (discarded.Count == 0)
            {
                yield break;
            }

            var named = Named(t);
            foreach (var vmo in discarded.Where(v => !named.Contains(v.Koid)))
            {
                yield return InvariantViolation.Of("INV-RECLAIM-01", $"{t.Call} discarded VMO {vmo.Koid}, which it did not name");
            }

            yield break;
        }

        if (reclaim.Level == PressureLevel.Normal && StateComparer.Difference(t.Before, t.After) is { } difference)
        {
            yield return InvariantViolation.Of("INV-RECLAIM-01", $"reclaim(NORMAL) changed the state: {difference}");
        }

        foreach (var vmo in discarded.Where(v => !Discarding.IsEligible(v, reclaim.Level)))
        {
            yield return InvariantViolation.Of("INV-RECLAIM-01", $"reclaim({reclaim.Level}) discarded VMO {vmo.Koid}, which was not eligible");
        }

        foreach (var vmo in t.After.Vmos.Values.Where(v => Discarding.IsEligible(v, reclaim.Level)))
        {
            yield return InvariantViolation.Of("INV-RECLAIM-01", $"reclaim({reclaim.Level}) left VMO {vmo.Koid} eligible");
        }

        var lruOrder = discarded
            .OrderBy(v => v.Discard.List == State.ReclaimList.Hinted)
            .ThenBy(v => v.Discard.LastUnlock)
            .ThenBy(v => v.Koid)
            .SelectMany(v => v.Pages.Values.Select(slot => slot.Frame))
            .Aggregate(t.Before.Memory.Freed, (stack, frame) => stack.Push(frame));
        if (!lruOrder.SequenceEqual(WithoutLinuxFrames(t)))
        {
            yield return InvariantViolation.Of("INV-RECLAIM-02", $"reclaim({reclaim.Level}) did not discard [{string.Join(", ", discarded.Select(v => v.Koid))}] least recently unlocked first");
        }
    }

    /// <summary>The VMOs (as before the call) whose discard count the call raised; records it did not replace are skipped unread.</summary>
    private static List<VmoState> Discarded(Transition t)
    {
        var discarded = new List<VmoState>();
        foreach (var (koid, before) in t.VmosToCompare)
        {
            if (t.After.Vmos.TryGetValue(koid, out var after) && !ReferenceEquals(before, after)
                && after.CommittedChangeEvents > before.CommittedChangeEvents)
            {
                discarded.Add(before);
            }
        }

        return discarded;
    }

    /// <summary>
    /// The VMOs a call names for DONT_NEED: the op's own VMO, or the VMOs shown by the mappings that a
    /// MADV_COLD element of process_madvise covers (INV-MADV-01 applies DONT_NEED to each, D-19).
    /// </summary>
    private static HashSet<ulong> Named(Transition t) => t.Call switch
    {
        VmoOpRange { Op: VmoOp.DontNeed } op when t.VmoBefore(op.Vmo) is { } vmo => [vmo.Koid],
        ProcessMadvise { Advice: ProcessInfoOptions.MadvCold } m when t.Before.Processes.TryGetValue(m.Proc, out var target) =>
            [.. target.Mappings.Values
                .Where(map => m.Iovec.Any(v => v.Len != 0 && v.Addr < map.Address + map.Length && map.Address < v.Addr + v.Len))
                .Select(map => map.VmoKoid)],
        _ => [],
    };

    /// <summary>
    /// The free stack after the call with the Linux surface's frames taken off its top: the reclaimer
    /// takes the Linux pages after the VMOs (L-3), so their frames are pushed last; any that are not
    /// on top leave the stack as it is, and the comparison fails.
    /// </summary>
    private static ImmutableStack<ulong> WithoutLinuxFrames(Transition t)
    {
        var linux = t.Before.Linux.Pages.Values.Select(p => p.Frame).Except(t.After.Linux.Pages.Values.Select(p => p.Frame)).ToHashSet();
        var stack = t.After.Memory.Freed;
        while (linux.Count > 0 && !stack.IsEmpty && linux.Remove(stack.Peek()))
        {
            stack = stack.Pop();
        }

        return stack;
    }
}
