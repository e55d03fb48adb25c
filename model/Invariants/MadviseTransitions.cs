using VmoKernel.Abi;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// process_madvise over one step: a stale vm_seq fails with ESTALE and changes nothing
/// (INV-INFO-10); every other failure changes nothing either (element 0 is all or nothing,
/// INV-MADV-03); a success reports a prefix sum of the iovec lengths as given (INV-INFO-11,
/// INV-MADV-04); and advice never changes any process's mappings or vm_seq (INV-MADV-05).
/// </summary>
public static class MadviseTransitions
{
    public static IEnumerable<InvariantViolation> Check(Transition t) => t.Call is ProcessMadvise call ? Checked(t, call) : [];

    private static IEnumerable<InvariantViolation> Checked(Transition t, ProcessMadvise call)
    {
        var stale = t.Before.Processes.TryGetValue(call.Proc, out var target) && call.VmSeq != target.VmSeq;
        if (stale && call.Flags == 0 && t.Result.Status is not (Status.Estale or Status.Eperm or Status.Einval))
        {
            yield return InvariantViolation.Of("INV-INFO-10", $"{call} with vm_seq {call.VmSeq} against {target!.VmSeq} => {t.Result}, not ESTALE");
        }

        if (!t.Result.Succeeded && StateComparer.Difference(t.Before, t.After) is { } change)
        {
            var id = t.Result.Status == Status.Estale ? "INV-INFO-10" : "INV-MADV-03";
            yield return InvariantViolation.Of(id, $"{call} => {t.Result} changed the state: {change}");
        }

        if (t.Result.Succeeded && !IsPrefixSum(call, t.Result.Value))
        {
            yield return InvariantViolation.Of("INV-MADV-04", $"{call} => {t.Result}: not a prefix sum of the iovec lengths");
        }

        foreach (var (koid, before) in t.Before.Processes)
        {
            if (t.After.Processes.TryGetValue(koid, out var after)
                && (after.VmSeq != before.VmSeq || !after.Mappings.Values.SequenceEqual(before.Mappings.Values)))
            {
                yield return InvariantViolation.Of("INV-MADV-05", $"{call} => {t.Result} changed the address space of process {koid}");
            }
        }
    }

    private static bool IsPrefixSum(ProcessMadvise call, Value value)
    {
        if (value is not IntValue { Number: var advised })
        {
            return false;
        }

        ulong sum = 0;
        foreach (var (_, length) in call.Iovec)
        {
            if (sum == advised)
            {
                return true;
            }

            sum = unchecked(sum + length);
        }

        return sum == advised;
    }
}
