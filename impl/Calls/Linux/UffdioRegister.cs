using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ioctl(uffd, UFFDIO_REGISTER) (fs/userfaultfd.c userfaultfd_register, L-11): the descriptor, then no mode or an
/// unknown mode bit EINVAL, WP and MINOR (not modelled) EINVAL, validate_range, then the uffd's mm: no VMA in the
/// range EINVAL, and VMA by VMA a droppable one EINVAL (L-6) or one registered with another uffd EBUSY; holes are
/// allowed. The VMAs present are split at the range's ends and registered; answers REGISTER's ioctls.
/// </summary>
internal static class UffdioRegister
{
    private const ulong KnownModes = LinuxConstants.UffdioRegisterModeMissing | LinuxConstants.UffdioRegisterModeWp | LinuxConstants.UffdioRegisterModeMinor;

    public static SyscallResult Run(CallContext context, Abi.UffdioRegister call)
    {
        context.Need(linux: true);
        var found = UffdDescriptor.ForIoctl(context, call.Uffd, out var uffd);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        if (call.Mode == 0 || (call.Mode & ~KnownModes) != 0 || call.Mode != LinuxConstants.UffdioRegisterModeMissing)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var range = UffdRange.Validate(call.Start, call.Length);
        if (range != Status.Ok)
        {
            return SyscallResult.Error(range);
        }

        var end = call.Start + call.Length;
        var mm = context.Linux.Mm(uffd.Owner);
        var areas = mm is null ? [] : AreaRegistration.Overlapping(mm, call.Start, end).ToList();
        if (areas.Count == 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        foreach (var area in areas)
        {
            if (area.Has(AreaFlags.Droppable))
            {
                return SyscallResult.Error(Status.Einval);
            }

            if (area.Uffd != 0 && area.Uffd != uffd.Id)
            {
                return SyscallResult.Error(Status.Ebusy);
            }
        }

        context.Linux = context.Linux.WithMm(uffd.Owner, AreaRegistration.Register(mm!, call.Start, end, uffd.Id));
        return SyscallResult.Ok(Value.Record(("ioctls", Value.Int(LinuxConstants.UffdRangeIoctls))));
    }
}
