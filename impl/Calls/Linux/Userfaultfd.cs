using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// userfaultfd(flags) (fs/userfaultfd.c new_userfaultfd): flags other than O_CLOEXEC, O_NONBLOCK and
/// UFFD_USER_MODE_ONLY are EINVAL (never EPERM: vm.unprivileged_userfaultfd is 1, L-14); the new uffd serves the
/// caller's mm, is unconfigured until UFFDIO_API, and takes the lowest free descriptor.
/// </summary>
internal static class Userfaultfd
{
    private const uint Allowed = LinuxConstants.OCloexec | LinuxConstants.ONonBlock | LinuxConstants.UffdUserModeOnly;

    public static SyscallResult Run(CallContext context, Abi.Userfaultfd call)
    {
        context.Need(linux: true);
        if ((call.Flags & ~Allowed) != 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (context.Linux.Mm(context.ProcessKoid) is null)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var world = context.Linux.NewId(out var id);
        context.Linux = world with { Uffds = world.Uffds.Add(id, new UffdState(id, context.ProcessKoid, call.Flags, false, 0, ImmutableList<FaultMessage>.Empty)) };
        return SyscallResult.Ok(Value.Int(Descriptors.Open(context, new Descriptor(DescriptorKind.Uffd, id))));
    }
}
