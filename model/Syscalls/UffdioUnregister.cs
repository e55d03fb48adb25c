using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// ioctl(uffd, UFFDIO_UNREGISTER), as userfaultfd_unregister (6.13): an unconfigured uffd EINVAL;
/// validate_range EINVAL; no VMA in the range EINVAL; a droppable VMA EINVAL (vma_can_userfault). The
/// registered VMAs in the range are split and unregistered, and the threads waiting in the range are
/// woken (L-13): their retried fault is an ordinary one.
/// </summary>
public static class UffdioUnregister
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdioUnregister call)
    {
        if (UffdRange.TryReady(state, process, call.Uffd, out var uffd) is var status && status != Status.Ok)
        {
            return LinuxEdits.Fail(state, status);
        }

        if (!UffdRange.IsValid(call.Start, call.Length))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var mm = state.Me(uffd.Process);
        var end = call.Start + call.Length;
        var vmas = mm.Overlapping(call.Start, end).ToList();
        if (vmas.Count == 0 || vmas.Any(v => v.Has(VmFlags.Droppable)))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var cleared = LinuxSpace.Update(mm, call.Start, end, v => v with { Uffd = 0, Flags = v.Flags & ~VmFlags.UffdMissing });
        var owners = vmas.Where(v => v.Uffd != 0).Select(v => v.Uffd).Distinct();
        var after = owners.Aggregate(state.With(uffd.Process, cleared), (s, u) => Blocking.WakeFaults(s, u, call.Start, end));
        return LinuxEdits.Ok(after);
    }
}
