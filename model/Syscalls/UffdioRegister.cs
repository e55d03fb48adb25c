using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// ioctl(uffd, UFFDIO_REGISTER) -> <c>{ioctls}</c>, as userfaultfd_register (6.13, L-11): a uffd not
/// configured by UFFDIO_API EINVAL; mode 0 or an unknown mode bit EINVAL, and WP / MINOR, not modelled,
/// EINVAL; validate_range (unaligned start or length, length 0, start below mmap_min_addr, past
/// TASK_SIZE) EINVAL; no VMA at all in the range EINVAL; a droppable VMA EINVAL (L-6,
/// vma_can_userfault); a VMA registered with another uffd EBUSY. Holes are allowed: the VMAs present
/// are split at the range's ends and registered. ioctls = WAKE | COPY | ZEROPAGE (0x1c).
/// </summary>
public static class UffdioRegister
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdioRegister call)
    {
        if (state.TryUffd(process, call.Uffd, out var uffd) is var status && status != Status.Ok)
        {
            return LinuxEdits.Fail(state, status);
        }

        if (!uffd.Ready || call.Mode == 0 || (call.Mode & ~(UffdioRegisterModeMissing | UffdioRegisterModeWp | UffdioRegisterModeMinor)) != 0
            || (call.Mode & (UffdioRegisterModeWp | UffdioRegisterModeMinor)) != 0 || !UffdRange.IsValid(call.Start, call.Length))
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

        if (vmas.Any(v => v.Uffd != 0 && v.Uffd != uffd.Id))
        {
            return LinuxEdits.Fail(state, Status.Ebusy);
        }

        var registered = LinuxSpace.Update(mm, call.Start, end, v => v with { Uffd = uffd.Id, Flags = v.Flags | VmFlags.UffdMissing });
        return LinuxEdits.Ok(state.With(uffd.Process, registered), Value.Record(("ioctls", Value.Int(UffdRangeIoctls))));
    }
}
