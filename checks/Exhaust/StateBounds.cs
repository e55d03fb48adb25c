using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// The state constraint of a configuration, as TLC's CONSTRAINT: a state outside these bounds is still
/// reached, fingerprinted and checked against every invariant, but not expanded. Handles are counted per
/// process among those to VMOs and PMTs only: the handles a process starts with (p0's root VMAR, BTI and
/// resource, a created process's root VMAR) are never copied or closed by the search, so a bound on all
/// handles would give p0 two fewer VMO handles than a created process. Counters that only grow
/// (committed_change_events, vm_seq) and nested lock counts are bounded here because symmetry cannot fold them: get_info and
/// process_getinfo report them.
/// </summary>
public sealed record StateBounds(int Processes, int Vmos, int VmoHandlesPerProcess, int Pmts, int Mappings, ulong Locks, ulong Counters)
{
    /// <summary>Whether <paramref name="state"/> lies inside the bounds, so its successors are explored.</summary>
    public bool Admits(KernelState state)
    {
        if (state.Processes.Count > Processes || state.Vmos.Count > Vmos || state.Pmts.Count > Pmts)
        {
            return false;
        }

        foreach (var (_, process) in state.Processes)
        {
            if (VmoHandles(process) > VmoHandlesPerProcess || process.Mappings.Count > Mappings || process.VmSeq > Counters)
            {
                return false;
            }
        }

        foreach (var (_, vmo) in state.Vmos)
        {
            if (vmo.CommittedChangeEvents > Counters || vmo.Discard.LockCount > Locks)
            {
                return false;
            }
        }

        return true;
    }

    private static int VmoHandles(ProcessState process)
    {
        var count = 0;
        foreach (var (_, handle) in process.Handles)
        {
            count += handle.Type is ObjectType.Vmo or ObjectType.Pmt ? 1 : 0;
        }

        return count;
    }
}
