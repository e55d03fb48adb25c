using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// How the pure model blocks and wakes (L-18). A call that must wait does not answer: its step returns
/// the state with a new <see cref="LinuxWaiter"/> (and, for a uffd fault, the message it queued) and the
/// result <see cref="Status.Blocked"/> carrying the waiter's id, a marker no scenario can write. A later
/// call that supplies what the waiter needs (COPY, ZEROPAGE, WAKE, UNREGISTER, the last close of the
/// uffd, a pipe write or the last close of a pipe's write end) only marks it woken. Whoever drives the
/// model then retries every woken waiter's call, from the start and as its process (<see cref="Take"/>,
/// then a new step of its call), in waiter order, inside the statement that woke it: the retried call
/// finishes or blocks again under a new waiter. <see cref="ModelKernel"/> does exactly that, completing a
/// spawned call's task when its retry finishes; a waiter nothing wakes is blocked forever.
/// </summary>
public static class Blocking
{
    /// <summary>The thread blocks on a missing page of a registered range and queues one UFFD_EVENT_PAGEFAULT message (L-10).</summary>
    public static KernelState BlockOnFault(KernelState state, ulong process, Syscall call, ulong uffd, ulong page, ulong address, ulong flags, out ulong id)
    {
        var world = state.Linux.TakeId(out id);
        var queue = world.Uffds[uffd];
        world = world with
        {
            Waiters = world.Waiters.Add(id, new LinuxWaiter(id, process, call, WaitKind.UffdFault, uffd, page)),
            Uffds = world.Uffds.SetItem(uffd, queue with { Queue = queue.Queue.Add(new UffdMessage(id, address, flags)) }),
        };
        return Wake(state with { Linux = world }, w => w.Kind == WaitKind.UffdMessage && w.Channel == uffd);
    }

    /// <summary>The thread blocks reading an empty pipe whose write end is open (L-19).</summary>
    /// <summary>The thread blocks until <paramref name="channel"/> has something for it: a pipe's data or EOF, a uffd's message.</summary>
    public static (KernelState State, SyscallResult Result) BlockOn(KernelState state, ulong process, Syscall call, WaitKind kind, ulong channel)
    {
        var world = state.Linux.TakeId(out var id);
        world = world with { Waiters = world.Waiters.Add(id, new LinuxWaiter(id, process, call, kind, channel, 0)) };
        return (state with { Linux = world }, Blocked(id));
    }

    public static SyscallResult Blocked(ulong waiter) => new(Status.Blocked, Value.Int(waiter));

    /// <summary>Wakes the fault waiters of <paramref name="uffd"/> whose page lies in [start, end); each takes its unread message away (L-10, L-13).</summary>
    public static KernelState WakeFaults(KernelState state, ulong uffd, ulong start, ulong end) =>
        Wake(state, w => w.Kind == WaitKind.UffdFault && w.Channel == uffd && w.Page >= start && w.Page < end);

    /// <summary>Wakes every thread waiting on <paramref name="uffd"/> (its faults and its readers): its last close.</summary>
    public static KernelState WakeUffd(KernelState state, ulong uffd) =>
        Wake(state, w => w.Kind is WaitKind.UffdFault or WaitKind.UffdMessage && w.Channel == uffd);

    /// <summary>Wakes the readers blocked on <paramref name="pipe"/>.</summary>
    public static KernelState WakePipe(KernelState state, ulong pipe) => Wake(state, w => w.Kind == WaitKind.PipeData && w.Channel == pipe);

    private static KernelState Wake(KernelState state, Func<LinuxWaiter, bool> which)
    {
        var world = state.Linux;
        var woken = world.Waiters.Values.Where(w => !w.Woken && which(w)).ToList();
        if (woken.Count == 0)
        {
            return state;
        }

        var ids = woken.Select(w => w.Id).ToHashSet();
        var waiters = world.Waiters.SetItems(woken.Select(w => KeyValuePair.Create(w.Id, w with { Woken = true })));
        var uffds = world.Uffds.SetItems(world.Uffds.Values
            .Where(u => u.Queue.Any(m => ids.Contains(m.Waiter)))
            .Select(u => KeyValuePair.Create(u.Id, u with { Queue = u.Queue.RemoveAll(m => ids.Contains(m.Waiter)) })));
        return state with { Linux = world with { Waiters = waiters, Uffds = uffds } };
    }

    /// <summary>The woken waiters, oldest first: the calls the driver must retry now.</summary>
    public static IReadOnlyList<ulong> Woken(KernelState state) => [.. state.Linux.Waiters.Values.Where(w => w.Woken).Select(w => w.Id)];

    /// <summary>
    /// Removes a woken waiter, giving back who retries what: the driver (ModelKernel, LinearizedModel) steps the
    /// call again itself.
    /// </summary>
    public static (KernelState State, LinuxWaiter Waiter) Take(KernelState state, ulong waiter) =>
        (state with { Linux = state.Linux with { Waiters = state.Linux.Waiters.Remove(waiter) } }, state.Linux.Waiters[waiter]);

    /// <summary>Drops every waiter of a process that ended (kill), with its unread messages.</summary>
    public static KernelState Forget(KernelState state, ulong process)
    {
        var world = state.Linux;
        var ids = world.Waiters.Values.Where(w => w.Process == process).Select(w => w.Id).ToHashSet();
        return state with
        {
            Linux = world with
            {
                Waiters = world.Waiters.RemoveRange(ids),
                Uffds = world.Uffds.SetItems(world.Uffds.Values.Select(u => KeyValuePair.Create(u.Id, u with { Queue = u.Queue.RemoveAll(m => ids.Contains(m.Waiter)) }))),
            },
        };
    }
}
