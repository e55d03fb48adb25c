using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// uffd_read(uffd) -> <c>{event, address, flags}</c>: one uffd_msg read(2) from the descriptor, as
/// userfaultfd_read (6.13): not open EBADF; open but not a uffd EINVAL (the model reads uffds only);
/// an unconfigured uffd EINVAL; the oldest unread message, which leaves the queue (its thread stays
/// blocked); none queued: EAGAIN with O_NONBLOCK, else the reader blocks until a fault queues one or
/// the last close (L-10, L-18).
/// </summary>
public static class UffdRead
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.UffdRead call)
    {
        var status = state.TryUffd(process, call.Uffd, out var uffd);
        if (status != Status.Ok || !uffd.Ready)
        {
            return LinuxEdits.Fail(state, status == Status.Ebadf ? Status.Ebadf : Status.Einval);
        }

        if (uffd.Queue.IsEmpty)
        {
            return (uffd.Flags & LinuxConstants.ONonBlock) != 0
                ? LinuxEdits.Fail(state, Status.Eagain)
                : Blocking.BlockOn(state, process, call, WaitKind.UffdMessage, uffd.Id);
        }

        var message = uffd.Queue[0];
        var world = state.Linux;
        var after = state.With(world with { Uffds = world.Uffds.SetItem(uffd.Id, uffd with { Queue = uffd.Queue.RemoveAt(0) }) });
        return LinuxEdits.Ok(after, Value.Record(
            ("event", Value.Int(LinuxConstants.UffdEventPagefault)),
            ("address", Value.Int(message.Address)),
            ("flags", Value.Int(message.Flags))));
    }
}
