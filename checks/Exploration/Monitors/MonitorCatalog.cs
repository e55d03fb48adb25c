using Microsoft.Coyote.Runtime;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// The monitors every kernel harness registers, in the order the kernel notifies them. When one call
/// breaks several invariants, the first monitor in this order reports it, so the most specific checks
/// come first (a reclaimed pinned page is INV-RECLAIM-03 before it is INV-PIN-01; a failed transfer that
/// touched a pinned page is INV-XFER-01), refinement (which any wrong result breaks) comes after them,
/// and the liveness monitors last.
/// </summary>
public static class MonitorCatalog
{
    public static IReadOnlyList<Type> Kernel { get; } =
    [
        typeof(LocksNestMonitor),
        typeof(LockedVmoNeverDiscardedMonitor),
        typeof(PinnedVmoNeverReclaimedMonitor),
        typeof(DiscardedVmoRefusesAccessMonitor),
        typeof(LocklessVmoStaysReclaimableMonitor),
        typeof(DontNeedDiscardsAtOnceMonitor),
        typeof(AlwaysNeedHintsWholeVmoMonitor),
        typeof(FailedTransferChangesNothingMonitor),
        typeof(SnapshotChildKeepsOldContentsMonitor),
        typeof(GetinfoIsOneSnapshotMonitor),
        typeof(StaleVmSeqChangesNothingMonitor),
        typeof(PinnedPagesNeverMoveMonitor),
        typeof(FrameOwnershipMonitor),
        typeof(DroppableNeverLockedMonitor),
        typeof(VmRssCountsResidentPagesMonitor),
        typeof(PurgedPagesStayVolatileMonitor),
        typeof(WipedChildHoldsNothingMonitor),
        typeof(RefinementMonitor),
        typeof(AnswerIsLinearizedResultMonitor),
        typeof(TransfersNeverDeadlockMonitor),
        typeof(WokenThreadsRunMonitor),
        typeof(CallsAreAnsweredMonitor),
    ];

    /// <summary>The kernel monitors also told of every lock step (<see cref="Kernel.KernelOptions.LockMonitors"/>): the wait-for graph's.</summary>
    public static IReadOnlyList<Type> Locks { get; } = [typeof(TransfersNeverDeadlockMonitor)];

    private static readonly Action<ICoyoteRuntime>[] Registrations = [.. Kernel.Select(MakeRegistration)];

    private static readonly (Type Monitor, string SpecId)[] Liveness =
    [
        (typeof(TransfersNeverDeadlockMonitor), TransfersNeverDeadlockMonitor.SpecId),
        (typeof(WokenThreadsRunMonitor), WokenThreadsRunMonitor.SpecId),
        (typeof(CallsAreAnsweredMonitor), CallsAreAnsweredMonitor.SpecId),
    ];

    /// <summary>The spec ID of the liveness monitor named in a Coyote report (full or short type name), or null.</summary>
    public static string? LivenessSpecId(string monitorName) =>
        Liveness.FirstOrDefault(m => m.Monitor.FullName == monitorName || m.Monitor.Name == monitorName).SpecId;

    /// <summary>Registers every kernel monitor on the runtime, in catalog order.</summary>
    public static void RegisterKernelMonitors(ICoyoteRuntime runtime)
    {
        foreach (var register in Registrations)
        {
            register(runtime);
        }
    }

    private static readonly Action<ICoyoteRuntime, CoyoteMonitor.Event>[] Tellers = [.. Kernel.Select(MakeTeller)];

    /// <summary>Tells every kernel monitor, in catalog order, of a notification the kernel did not send itself (a booted set-up's calls).</summary>
    public static void Tell(ICoyoteRuntime runtime, CoyoteMonitor.Event notification)
    {
        foreach (var tell in Tellers)
        {
            tell(runtime, notification);
        }
    }

    private static Action<ICoyoteRuntime, CoyoteMonitor.Event> MakeTeller(Type monitor)
    {
        var tell = typeof(ICoyoteRuntime).GetMethod(nameof(ICoyoteRuntime.Monitor))!.MakeGenericMethod(monitor);
        return (runtime, notification) => tell.Invoke(runtime, [notification]);
    }

    // Coyote registers monitors only through the generic RegisterMonitor<T>(); the catalog holds types.
    private static Action<ICoyoteRuntime> MakeRegistration(Type monitor)
    {
        var register = typeof(ICoyoteRuntime).GetMethod(nameof(ICoyoteRuntime.RegisterMonitor))!.MakeGenericMethod(monitor);
        return runtime => register.Invoke(runtime, null);
    }
}
