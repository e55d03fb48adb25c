using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Blocking on a uffd and waking (L-8 to L-13, L-18): a thread blocks by adding its waiter (and, for a
/// fault, its UFFD_EVENT_PAGEFAULT message) to the world in its own transaction; a waker removes the
/// waiters it wakes (and their unread messages) in its transaction and records each wake in the call's
/// effects, which the syscall actor sends once the call has committed.
/// OWNED BY THE UFFD WORK (placeholder until it lands).
/// </summary>
internal static class UffdFaults
{
    /// <summary>Blocks the calling thread on a missing page of uffd <paramref name="uffd"/>, queuing one message; the new waiter's id.</summary>
    public static ulong Block(CallContext context, ulong uffd, ulong page, ulong address, ulong flags) => 0;

    /// <summary>Blocks the calling thread until <paramref name="channel"/> (a uffd's messages or a pipe's data) has something; the waiter's id.</summary>
    public static ulong BlockOn(CallContext context, WaitReason reason, ulong channel) => 0;

    /// <summary>Wakes the fault waiters of <paramref name="uffd"/> whose page lies in [start, end).</summary>
    public static void WakeFaults(CallContext context, ulong uffd, ulong start, ulong end)
    {
    }

    /// <summary>Forgets every waiter of a process that ended (its threads are gone; nothing wakes them).</summary>
    public static void Forget(CallContext context, ulong pid)
    {
    }
}
