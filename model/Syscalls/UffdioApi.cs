using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// ioctl(uffd, UFFDIO_API) -> <c>{features, ioctls}</c>, as userfaultfd_api (6.13, L-12): api other
/// than UFFD_API EINVAL; UFFD_FEATURE_EVENT_FORK without CAP_SYS_PTRACE EPERM (nobody holds it); a
/// feature the model does not implement EINVAL; a uffd already configured EINVAL. A failed call
/// leaves the uffd unconfigured. The features reported are those modelled (SIGBUS, EXACT_ADDRESS).
/// </summary>
public static class UffdioApi
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdioApi call)
    {
        if (state.TryUffd(process, call.Uffd, out var uffd) is var status && status != Status.Ok)
        {
            return LinuxEdits.Fail(state, status);
        }

        if (call.Api != UffdApi)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if ((call.Features & UffdFeatureEventFork) != 0 && !state.Me(process).Capabilities.Contains(CapSysPtrace))
        {
            return LinuxEdits.Fail(state, Status.Eperm);
        }

        if ((call.Features & ~UffdFeaturesModelled) != 0 || uffd.Ready)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var world = state.Linux;
        var after = state.With(world with { Uffds = world.Uffds.SetItem(uffd.Id, uffd with { Ready = true, Features = call.Features }) });
        return LinuxEdits.Ok(after, Value.Record(("features", Value.Int(UffdFeaturesModelled)), ("ioctls", Value.Int(UffdApiIoctls))));
    }
}
