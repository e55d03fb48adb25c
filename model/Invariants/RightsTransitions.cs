using VmoKernel.Abi;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// No call succeeds without the rights its handles must carry (INV-RIGHTS-01, the table of
/// INV-RIGHTS-03 in <see cref="HandleUses"/>), and duplicate and replace never add rights (INV-RIGHTS-02).
/// </summary>
public static class RightsTransitions
{
    /// <summary>Only a call that succeeded can have used rights it lacks.</summary>
    public static IEnumerable<InvariantViolation> Check(Transition t) => t.Failed ? [] : Succeeded(t);

    private static IEnumerable<InvariantViolation> Succeeded(Transition t)
    {
        foreach (var use in HandleUses.Of(t))
        {
            if (use.NeedsNoRightBecause is not null)
            {
                continue;
            }

            var entry = t.HandleBefore(use.Handle);
            if (entry is null || !use.IsSatisfiedBy(entry.Rights))
            {
                yield return InvariantViolation.Of("INV-RIGHTS-01", $"{t.Call} succeeded though handle 0x{use.Handle:x} has {entry?.Rights} and needs {use.Required}");
            }
        }

        if (t.Call is HandleDuplicate or HandleReplace && t.Result.Value is IntValue created)
        {
            var source = t.Call is HandleDuplicate d ? d.Handle : ((HandleReplace)t.Call).Handle;
            var before = t.HandleBefore(source);
            var after = t.After.Processes[t.Process].Handles.GetValueOrDefault((uint)created.Number);
            if (before is null || after is null || (after.Rights & ~before.Rights) != 0)
            {
                yield return InvariantViolation.Of("INV-RIGHTS-02", $"{t.Call} made handle 0x{created.Number:x} with {after?.Rights} from {before?.Rights}");
            }
        }
    }
}
