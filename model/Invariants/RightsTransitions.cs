using VmoKernel.Abi;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// No call succeeds without the rights its handles must carry (INV-RIGHTS-01), and duplicate and
/// replace never add rights (INV-RIGHTS-02).
/// </summary>
public static class RightsTransitions
{
    public static IEnumerable<InvariantViolation> Check(Transition t)
    {
        if (!t.Result.Succeeded)
        {
            yield break;
        }

        foreach (var (handle, rights) in Required(t.Call))
        {
            var entry = t.HandleBefore(handle);
            if (entry is null || (entry.Rights & rights) != rights)
            {
                yield return InvariantViolation.Of("INV-RIGHTS-01", $"{t.Call} succeeded though handle 0x{handle:x} has {entry?.Rights} and needs {rights}");
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

    private static IEnumerable<(uint Handle, Rights Rights)> Required(Syscall call) => call switch
    {
        VmoRead c => [(c.Vmo, Rights.Read)],
        VmoWrite c => [(c.Vmo, Rights.Write)],
        VmoSetSize c => [(c.Vmo, Rights.Write)],
        VmoCreateChild c => [(c.Vmo, Rights.Duplicate | Rights.Read)],
        VmoTransferData c => [(c.Dst, Rights.Write), (c.Src, Rights.Read | Rights.Write)],
        VmoOpRange { Op: VmoOp.Commit or VmoOp.Decommit or VmoOp.Zero } c => [(c.Vmo, Rights.Write)],
        HandleDuplicate c => [(c.Handle, Rights.Duplicate)],
        BtiPin c => [(c.Bti, Rights.Map), (c.Vmo, Rights.Map)],
        VmarMap c => [(c.Vmo, Rights.Map)],
        _ => [],
    };
}
