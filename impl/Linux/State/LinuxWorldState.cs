using System.Collections.Immutable;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.Linux.State;

/// <summary>
/// Everything the actor kernel's Linux surface owns, lent as one state by <c>LinuxWorldActor</c> under
/// one lock (the "Linux lock"): every live process's mm (areas, page entries, descriptors, capabilities),
/// the anonymous pages by the frame that backs each, shared anonymous objects, uffds with their message
/// queues, pipes, and the threads blocked in them.
/// <para>
/// Why one lock and not one per mm: every call that touches memory also touches the page pool that
/// copy-on-write and shared memory make common to several mms, and the reclaimer walks all of them, so
/// per-mm locks would serialize on the pool anyway. The concurrency under test is between the steps of
/// the multi-step protocols: a fault that blocks and is retried after a wake, the reclaimer's unlocked
/// walk before it takes the lock, process_madvise's pidfd resolution before its transaction, and the
/// Zircon surface that shares physical memory and the reclaimer.
/// </para>
/// </summary>
internal sealed record LinuxWorldState(
    ImmutableSortedDictionary<ulong, MmState> Mms,
    ImmutableSortedDictionary<ulong, AnonPage> Pages,
    ImmutableSortedDictionary<ulong, ShmObject> Shm,
    ImmutableSortedDictionary<ulong, UffdState> Uffds,
    ImmutableSortedDictionary<ulong, PipeState> Pipes,
    ImmutableSortedDictionary<ulong, Waiter> Waiters,
    ulong NextId) : ILendable
{
    /// <summary>A fresh kernel: only p0 exists, with the standard descriptors and CAP_SYS_NICE.</summary>
    public static LinuxWorldState Fresh(ulong p0) => new(
        ImmutableSortedDictionary<ulong, MmState>.Empty.Add(p0, MmState.Fresh(parent: 0)),
        ImmutableSortedDictionary<ulong, AnonPage>.Empty,
        ImmutableSortedDictionary<ulong, ShmObject>.Empty,
        ImmutableSortedDictionary<ulong, UffdState>.Empty,
        ImmutableSortedDictionary<ulong, PipeState>.Empty,
        ImmutableSortedDictionary<ulong, Waiter>.Empty,
        1);

    /// <summary>The mm of a live process, or null (killed, or never existed).</summary>
    public MmState? Mm(ulong pid) => Mms.GetValueOrDefault(pid);

    public LinuxWorldState WithMm(ulong pid, MmState mm) => this with { Mms = Mms.SetItem(pid, mm) };

    /// <summary>A new id for a shared object, uffd, pipe or waiter.</summary>
    public LinuxWorldState NewId(out ulong id)
    {
        id = NextId;
        return this with { NextId = NextId + 1 };
    }
}
