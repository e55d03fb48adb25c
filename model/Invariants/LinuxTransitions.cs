using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// The Linux surface's two-state invariants (spec/linux.md): a fork child holds no page in its
/// VM_WIPEONFORK VMAs, so it reads zero there (INV-LINUX-05); a COPY or ZEROPAGE that installed pages
/// without DONTWAKE leaves no thread of that uffd waiting on an installed page (INV-LINUX-06).
/// </summary>
public static class LinuxTransitions
{
    public static IEnumerable<InvariantViolation> Check(Transition t) => t.Call switch
    {
        Fork when t.Result.Succeeded && t.Result.Value is IntValue { Number: var child } => WipedChild(t, child),
        UffdioCopy copy when (copy.Mode & LinuxConstants.UffdioCopyModeDontWake) == 0 => Woken(t, copy.Uffd, copy.Dst),
        UffdioZeropage zero when (zero.Mode & LinuxConstants.UffdioZeropageModeDontWake) == 0 => Woken(t, zero.Uffd, zero.Start),
        _ => [],
    };

    /// <summary>
    /// The Linux failures that may leave changes behind, as the kernel does: madvise, process_madvise,
    /// mprotect, mlock and munlock walk the VMAs in order and keep what they changed before a hole
    /// (ENOMEM) or a refusing VMA (EINVAL) (L-15, L-17); COPY and ZEROPAGE answer EAGAIN after a partial
    /// install (L-13); a blocked call leaves its waiter and message (L-18).
    /// </summary>
    public static bool MayChangeOnFailure(Transition t) => t.Result.Status switch
    {
        Status.Blocked => true,
        Status.Eagain => t.Call is UffdioCopy or UffdioZeropage,
        Status.Enomem or Status.Einval => t.Call is Madvise or PidfdMadvise or Mprotect or Mlock or Munlock,
        _ => false,
    };

    private static IEnumerable<InvariantViolation> WipedChild(Transition t, ulong child)
    {
        var process = t.After.Linux.Process(child);
        foreach (var (page, _) in process.Ptes.Where(e => process.VmaAt(e.Key)?.Has(VmFlags.WipeOnFork) == true))
        {
            yield return InvariantViolation.Of("INV-LINUX-05", $"fork child {child} holds a page at 0x{page:x} of a VM_WIPEONFORK VMA");
        }
    }

    private static IEnumerable<InvariantViolation> Woken(Transition t, uint fd, ulong start)
    {
        if (t.Result.Status is not (Status.Ok or Status.Eagain) || t.Result.Value is not IntValue { Number: var installed }
            || t.Before.Linux.Process(t.Process).Fds.GetValueOrDefault(fd) is not { Kind: FdKind.Uffd, Target: var uffd })
        {
            yield break;
        }

        foreach (var waiter in t.After.Linux.Waiters.Values.Where(w => w.Kind == WaitKind.UffdFault && w.Channel == uffd && !w.Woken
            && w.Page >= start && w.Page < start + installed))
        {
            yield return InvariantViolation.Of("INV-LINUX-06", $"thread {waiter.Id} still waits on 0x{waiter.Page:x}, which the call installed");
        }
    }
}
