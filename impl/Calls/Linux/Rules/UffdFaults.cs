using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Blocking on a uffd or a pipe and waking (L-8 to L-13, L-18): a thread blocks by adding its waiter (and, for a
/// fault, its UFFD_EVENT_PAGEFAULT message) to the world in the same transaction as the check that found it must
/// wait, so no wake can fall between the two; a waker removes the waiters it wakes (and their unread messages) in
/// its transaction and records each wake in the call's effects, which the syscall actor sends once the call has
/// committed.
/// </summary>
internal static class UffdFaults
{
    /// <summary>
    /// Blocks the calling thread on a missing page of uffd <paramref name="uffd"/>, queuing one message (the address
    /// page-aligned unless the uffd enabled UFFD_FEATURE_EXACT_ADDRESS, L-10) and waking a reader blocked on the
    /// queue; the new waiter's id.
    /// </summary>
    public static ulong Block(CallContext context, ulong uffd, ulong page, ulong address, ulong flags)
    {
        var world = context.Linux.NewId(out var id);
        var state = world.Uffds[uffd];
        var reported = state.Has(LinuxConstants.UffdFeatureExactAddress) ? address : address & ~(KernelConstants.PageSize - 1);
        var waiter = new Waiter(id, context.ProcessKoid, context.Thread!, WaitReason.Fault, uffd, page & ~(KernelConstants.PageSize - 1));
        world = world with { Uffds = world.Uffds.SetItem(uffd, state with { Messages = state.Messages.Add(new FaultMessage(id, reported, flags)) }) };
        if (context.Bugs.Has(SeededBug.FaultChecksThenSleeps))
        {
            // The seeded lost wakeup: the message is out, but the thread goes to sleep in a transaction of its own.
            context.Linux = world;
            context.Effects.ThenInAnotherTransaction(later => later.Linux = later.Linux with { Waiters = later.Linux.Waiters.Add(id, waiter) });
        }
        else
        {
            context.Linux = world with { Waiters = world.Waiters.Add(id, waiter) };
        }

        WakeAll(context, WaitReason.UffdMessage, uffd);
        return id;
    }

    /// <summary>Blocks the calling thread until <paramref name="channel"/> (a uffd's messages or a pipe's data) has something; the waiter's id.</summary>
    public static ulong BlockOn(CallContext context, WaitReason reason, ulong channel)
    {
        var world = context.Linux.NewId(out var id);
        var waiter = new Waiter(id, context.ProcessKoid, context.Thread!, reason, channel, 0);
        context.Linux = world with { Waiters = world.Waiters.Add(id, waiter) };
        return id;
    }

    /// <summary>Wakes the fault waiters of <paramref name="uffd"/> whose page lies in [start, end), taking their unread messages with them (L-10).</summary>
    public static void WakeFaults(CallContext context, ulong uffd, ulong start, ulong end) =>
        Wake(context, w => w.Reason == WaitReason.Fault && w.Channel == uffd && w.Page >= start && w.Page < end);

    /// <summary>Wakes every waiter of <paramref name="reason"/> on <paramref name="channel"/> (a pipe's readers, a uffd's readers, or all of a released uffd's faults).</summary>
    public static void WakeAll(CallContext context, WaitReason reason, ulong channel) =>
        Wake(context, w => w.Reason == reason && w.Channel == channel);

    /// <summary>Forgets every waiter of a process that ended (its threads are gone; nothing wakes them), and their unread messages.</summary>
    public static void Forget(CallContext context, ulong pid)
    {
        var gone = context.Linux.Waiters.Values.Where(w => w.Pid == pid).ToList();
        context.Linux = Remove(context.Linux, gone);
    }

    private static void Wake(CallContext context, Func<Waiter, bool> which)
    {
        var woken = context.Linux.Waiters.Values.Where(which).ToList();
        context.Linux = Remove(context.Linux, woken);
        foreach (var waiter in woken)
        {
            context.Effects.Wake(waiter.Thread, waiter.Id);
        }
    }

    private static LinuxWorldState Remove(LinuxWorldState world, List<Waiter> waiters)
    {
        if (waiters.Count == 0)
        {
            return world;
        }

        var ids = waiters.Select(w => w.Id).ToHashSet();
        var uffds = world.Uffds;
        foreach (var uffd in waiters.Where(w => w.Reason == WaitReason.Fault).Select(w => w.Channel).Distinct())
        {
            if (uffds.TryGetValue(uffd, out var state))
            {
                uffds = uffds.SetItem(uffd, state with { Messages = state.Messages.RemoveAll(m => ids.Contains(m.Waiter)) });
            }
        }

        return world with { Waiters = world.Waiters.RemoveRange(ids), Uffds = uffds };
    }
}
