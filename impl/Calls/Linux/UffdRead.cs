using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// read(2) of one uffd_msg (fs/userfaultfd.c userfaultfd_read): EBADF when not open, EINVAL for another file or
/// before UFFDIO_API; the oldest unread fault message (its thread keeps waiting); an empty queue is EAGAIN on an
/// O_NONBLOCK uffd and blocks otherwise until a fault queues one (L-10, L-18).
/// </summary>
internal static class UffdRead
{
    public static SyscallResult Run(CallContext context, Abi.UffdRead call)
    {
        context.Need(linux: true);
        var found = UffdDescriptor.ForRead(context, call.Uffd, out var uffd);
        if (found != Status.Ok)
        {
            return SyscallResult.Error(found);
        }

        if (uffd.Messages.IsEmpty)
        {
            return (uffd.Flags & LinuxConstants.ONonBlock) != 0
                ? SyscallResult.Error(Status.Eagain)
                : new SyscallResult(Status.Blocked, Value.Int(UffdFaults.BlockOn(context, WaitReason.UffdMessage, uffd.Id)));
        }

        var message = uffd.Messages[0];
        context.Linux = context.Linux with { Uffds = context.Linux.Uffds.SetItem(uffd.Id, uffd with { Messages = uffd.Messages.RemoveAt(0) }) };
        return SyscallResult.Ok(Value.Record(
            ("event", Value.Int(LinuxConstants.UffdEventPagefault)),
            ("address", Value.Int(message.Address)),
            ("flags", Value.Int(message.Flags))));
    }
}
