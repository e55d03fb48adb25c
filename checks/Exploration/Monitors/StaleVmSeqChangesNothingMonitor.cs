using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-INFO-10: a process_madvise whose vm_seq is not the target's current vm_seq fails with ESTALE and
/// changes nothing. The monitor counts each process's vm_seq itself (INV-INFO-09: 0 at creation, one
/// more per successful map or unmap in it) from the linearized calls.
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
                Require(n.Result.Status == Status.Estale && n.Frames.IsEmpty && n.Vmos.IsEmpty,
                    () => $"{SpecId}: {CallText.Of(n)} passed vm_seq {madvise.VmSeq} but p{madvise.Proc}'s vm_seq is {current}; it must fail with ESTALE and change nothing");
                break;
            default:
                break;
        }
    }
}
