using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// pidfd_open(pid, flags) (kernel/pid.c, 6.13): flags other than PIDFD_NONBLOCK and PIDFD_THREAD EINVAL, a pid
/// that is not positive EINVAL, no such process ESRCH; else a pidfd at the lowest free descriptor.
/// </summary>
internal static class PidfdOpen
{
    /// <summary>PIDFD_THREAD (O_EXCL), accepted since 6.9.</summary>
    private const uint PidfdThread = 0x80;

    public static SyscallResult Run(CallContext context, Abi.PidfdOpen call)
    {
        context.Need(linux: true);
        if ((call.Flags & ~(LinuxConstants.PidfdNonBlock | PidfdThread)) != 0 || (int)call.Pid <= 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (context.Linux.Mm(call.Pid) is null)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        return SyscallResult.Ok(Value.Int(Descriptors.Open(context, new Descriptor(DescriptorKind.Pidfd, call.Pid))));
    }
}
