using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ioctl(uffd, UFFDIO_API) (fs/userfaultfd.c userfaultfd_api, L-12): the descriptor (EBADF, ENOTTY), then api other
/// than UFFD_API EINVAL, EVENT_FORK without CAP_SYS_PTRACE EPERM, a feature not modelled EINVAL, an already
/// configured uffd EINVAL; a failure leaves the uffd unconfigured. Reports the modelled features and UFFD_API_IOCTLS.
/// </summary>
internal static class UffdioApi
{
    public static SyscallResult Run(CallContext context, Abi.UffdioApi call)
    {
        context.Need(linux: true);
        var found = UffdDescriptor.ForIoctl(context, call.Uffd, out var uffd, api: true);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        if (call.Api != LinuxConstants.UffdApi)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var caps = context.Linux.Mm(context.ProcessKoid)!.Caps;
        if ((call.Features & LinuxConstants.UffdFeatureEventFork) != 0 && !caps.Contains(LinuxConstants.CapSysPtrace))
        {
            return SyscallResult.Error(Status.Eperm);
        }

        if ((call.Features & ~LinuxConstants.UffdFeaturesModelled) != 0 || uffd.ApiDone)
        {
            return SyscallResult.Error(Status.Einval);
        }

        context.Linux = context.Linux with { Uffds = context.Linux.Uffds.SetItem(uffd.Id, uffd with { ApiDone = true, Features = call.Features }) };
        return SyscallResult.Ok(Value.Record(
            ("features", Value.Int(LinuxConstants.UffdFeaturesModelled)),
            ("ioctls", Value.Int(LinuxConstants.UffdApiIoctls))));
    }
}
