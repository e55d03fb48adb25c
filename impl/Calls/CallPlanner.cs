using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The first lock set of a call: the VMOs its handle arguments name in the process snapshot, in
/// argument order as the declaration lists them (the transaction sorts them unless a seeded bug says
/// otherwise), then what <see cref="InitialLocks"/> says the call always takes. Objects found only
/// while running (parents, physical memory, koids) are added by <see cref="NeedLockException"/>.
/// </summary>
internal static class CallPlanner
{
    /// <summary>The VMOs the call's handles name, then its named BTI and the singletons it always needs.</summary>
    public static IEnumerable<LockTarget> InitialLocks(Syscall call, ProcessState process, KernelDirectory directory)
    {
        var standing = call.Accept(Calls.InitialLocks.Instance, default);
        var named = NamedVmos(call, process);
        if (standing.HasFlag(StandingLocks.NamedBti))
        {
            named = named.Concat(Named(call.Handles(HandleTarget.Bti), process, ObjectKind.Bti, LockTarget.Bti));
        }

        return named.Concat(Singletons(standing, directory));
    }

    private static IEnumerable<LockTarget> Singletons(StandingLocks standing, KernelDirectory directory)
    {
        if (standing.HasFlag(StandingLocks.Reclaimer))
        {
            yield return LockTarget.Reclaimer(directory.Reclaimer);
        }

        if (standing.HasFlag(StandingLocks.LinuxWorld))
        {
            yield return LockTarget.LinuxWorld(directory.Linux);
        }

        if (standing.HasFlag(StandingLocks.PhysicalMemory))
        {
            yield return LockTarget.PhysicalMemory(directory.Memory);
        }

        if (standing.HasFlag(StandingLocks.KoidAllocator))
        {
            yield return LockTarget.KoidAllocator(directory.Koids);
        }
    }

    /// <summary>Whether a seeded bug makes this call judge a VMO from a look taken before its lock.</summary>
    public static bool PeeksFirst(Syscall call, SeededBugSet bugs) => call switch
    {
        Abi.VmoOpRange { Op: VmoOp.Unlock } => bugs.Has(SeededBug.UnlockDoubleDecrement),
        Abi.VmoTransferData => bugs.Has(SeededBug.TransferMovesPagePinnedMidOperation) || bugs.Has(SeededBug.TransferChecksPinsBeforeTakingDestination),

        // Only the seeded stale-check bugs peek; every correct call judges what it holds.
        _ => false,
    };

    /// <summary>
    /// What a deep seeded bug (issue 16) makes this call read without the lock just before it takes it
    /// (<see cref="Locking.Transaction.AcquireAsync"/>), or null: the optimistic look whose window is one step of the
    /// calling thread wide, unlike <see cref="PeeksFirst"/>'s look a whole round trip before. The call's own file
    /// says how it trusts what it saw, which goes into <paramref name="seen"/>.
    /// </summary>
    public static LockLooks? LooksAsItLocks(Syscall call, ProcessState process, SeededBugSet bugs, Dictionary<ulong, VmoState> seen)
    {
        var looks = call switch
        {
            Abi.VmoRead => bugs.Has(SeededBug.ReadValidatesLookByFrame),
            Abi.VmoOpRange { Op: VmoOp.Commit } => bugs.Has(SeededBug.CommitValidatesLookByPageCount),
            Abi.VmoOpRange { Op: VmoOp.DontNeed } => bugs.Has(SeededBug.DontNeedJudgesLockFromLook),
            Abi.ObjectGetInfo { Topic: InfoTopic.Vmo } => bugs.Has(SeededBug.InfoVmoValidatesLookByPageCount),
            Abi.FdRead => bugs.Has(SeededBug.PipeReadChecksThenSleeps),
            _ => false,
        };
        return looks ? new LockLooks(NamedVmos(call, process).Select(t => t.Koid).ToHashSet(), call is Abi.FdRead, seen) : null;
    }

    /// <summary>The VMOs named by the call's handle parameters declared to name a VMO or any object.</summary>
    public static IEnumerable<LockTarget> NamedVmos(Syscall call, ProcessState process) =>
        Named(call.Handles(HandleTarget.Vmo, HandleTarget.Any), process, ObjectKind.Vmo, LockTarget.Vmo);

    private static IEnumerable<LockTarget> Named(IEnumerable<uint> handles, ProcessState process, ObjectKind kind, Func<ulong, ActorId, LockTarget> lockOf)
    {
        foreach (var value in handles)
        {
            if (process.Handles.TryGetValue(value, out var entry) && entry.Object.Kind == kind && entry.Object.Actor is { } actor)
            {
                yield return lockOf(entry.Object.Koid, actor);
            }
        }
    }
}
