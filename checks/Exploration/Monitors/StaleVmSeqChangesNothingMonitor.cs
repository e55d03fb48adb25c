using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-INFO-10: a process_madvise whose vm_seq is not the target's current vm_seq fails with ESTALE and
/// changes nothing. The monitor counts each process's vm_seq itself (INV-INFO-09: 0 at creation, one
/// more per successful map or unmap in it) from the linearized calls. The sequence is check 5 of
/// INV-INFO-13, so a stale call may fail an earlier check instead (EINVAL for flags or an unknown advice,
/// ESRCH for a target no process is, EPERM for one the caller may not read), but never a later one (a
/// range's EINVAL, ENOMEM or EBUSY) and never succeed; whichever it fails, it changes nothing.
/// </summary>
public sealed class StaleVmSeqChangesNothingMonitor : KernelMonitor
{
    public const string SpecId = "INV-INFO-10";

    private readonly Dictionary<ulong, ulong> _vmSeq = [];

    protected override void Check(CallLinearizedNotification n)
    {
        switch (n.Call)
        {
            case VmarMap or VmarUnmap when n.Result.Succeeded:
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

    /// <summary>ESTALE, or the status of a check INV-INFO-13 makes before the sequence's.</summary>
    private static bool FailsBeforeTheRanges(ProcessMadvise madvise, Status status)
    {
        var knownAdvice = madvise.Advice is ProcessInfoOptions.MadvDontNeed or ProcessInfoOptions.MadvCold or ProcessInfoOptions.MadvWillNeed;
        return status == Status.Estale || status == Status.Esrch || status == Status.Eperm
            || (status == Status.Einval && (madvise.Flags != 0 || !knownAdvice));
    }
}
