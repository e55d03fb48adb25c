using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-INFO-10: a process_madvise whose vm_seq is not the target's current vm_seq fails with ESTALE and
/// changes nothing. The monitor counts each process's vm_seq itself (INV-INFO-09: 0 at creation, one
/// more per successful map, and per successful unmap that removed a mapping: an unmap of a range with nothing
/// mapped is ZX_OK and changes nothing, vm_seq included) from the linearized calls, so it keeps each process's
/// mapped ranges too. The sequence is check 5 of
/// INV-INFO-13, so a stale call may fail an earlier check instead (EINVAL for flags or an unknown advice,
/// ESRCH for a target no process is, EPERM for one the caller may not read), but never a later one (a
/// range's EINVAL, ENOMEM or EBUSY) and never succeed; whichever it fails, it changes nothing.
/// </summary>
public sealed class StaleVmSeqChangesNothingMonitor : KernelMonitor
{
    public const string SpecId = "INV-INFO-10";

    private readonly Dictionary<ulong, ulong> _vmSeq = [];

    /// <summary>Each process's mapped ranges [start, end), possibly overlapping (an overwrite leaves the old one): only overlap is asked of them.</summary>
    private readonly Dictionary<ulong, List<(ulong Start, ulong End)>> _mapped = [];

    protected override void Check(CallLinearizedNotification n)
    {
        switch (n.Call)
        {
            case VmarMap map when n.Result is { Succeeded: true, Value: IntValue address }:
                Ranges(n.Process).Add((address.Number, address.Number + PageRounded(map.Length)));
                _vmSeq[n.Process] = _vmSeq.GetValueOrDefault(n.Process) + 1;
                break;
            case VmarUnmap unmap when n.Result.Succeeded && Unmapped(n.Process, unmap.Address, unmap.Address + PageRounded(unmap.Length)):
                _vmSeq[n.Process] = _vmSeq.GetValueOrDefault(n.Process) + 1;
                break;
            case ProcessMadvise madvise when madvise.VmSeq != _vmSeq.GetValueOrDefault(madvise.Proc):
                var current = _vmSeq.GetValueOrDefault(madvise.Proc);
                Require(FailsBeforeTheRanges(madvise, n.Result.Status) && n.Frames.IsEmpty && n.Vmos.IsEmpty,
                    () => $"{SpecId}: {CallText.Of(n)} passed vm_seq {madvise.VmSeq} but p{madvise.Proc}'s vm_seq is {current}; it must fail with ESTALE and change nothing");
                break;
            default:
                break;
        }
    }

    private List<(ulong Start, ulong End)> Ranges(ulong process) =>
        _mapped.TryGetValue(process, out var ranges) ? ranges : _mapped[process] = [];

    /// <summary>Takes [start, end) out of the process's mapped ranges; whether anything was mapped there.</summary>
    private bool Unmapped(ulong process, ulong start, ulong end)
    {
        var ranges = Ranges(process);
        var hit = ranges.Where(r => r.Start < end && start < r.End).ToList();
        foreach (var range in hit)
        {
            ranges.Remove(range);
            if (range.Start < start)
            {
                ranges.Add((range.Start, start));
            }

            if (end < range.End)
            {
                ranges.Add((end, range.End));
            }
        }

        return hit.Count > 0;
    }

    private static ulong PageRounded(ulong length) => (length + KernelLayout.PageSize - 1) & ~(KernelLayout.PageSize - 1);

    /// <summary>ESTALE, or the status of a check INV-INFO-13 makes before the sequence's.</summary>
    private static bool FailsBeforeTheRanges(ProcessMadvise madvise, Status status)
    {
        var knownAdvice = madvise.Advice is ProcessInfoOptions.MadvDontNeed or ProcessInfoOptions.MadvCold or ProcessInfoOptions.MadvWillNeed;
        return status == Status.Estale || status == Status.Esrch || status == Status.Eperm
            || (status == Status.Einval && (madvise.Flags != 0 || !knownAdvice));
    }
}
