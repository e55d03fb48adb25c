using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// userfaultfd(flags) -> a new descriptor for an unconfigured uffd serving the caller's mm, as
/// new_userfaultfd (6.13): vm.unprivileged_userfaultfd is 1, so never EPERM (L-14); a flag other than
/// O_CLOEXEC, O_NONBLOCK or UFFD_USER_MODE_ONLY EINVAL.
/// </summary>
public static class Userfaultfd
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Userfaultfd call)
    {
        if ((call.Flags & ~(OCloexec | ONonBlock | UffdUserModeOnly)) != 0)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var world = state.Linux.TakeId(out var id);
        world = world with { Uffds = world.Uffds.Add(id, new Uffd(id, process, call.Flags, false, 0, [])) };
        var after = LinuxFiles.Open(state.With(world), process, new FdEntry(FdKind.Uffd, id), out var fd);
        return LinuxEdits.Ok(after, Value.Int(fd));
    }
}
