using System.Collections.Immutable;

namespace VmoKernel.Kernel.Notifications;

/// <summary>
/// What the Linux surface looks like right after a linearization point of a call that held the Linux
/// world, as the kernel's own state shows it: per process the VmLck and VmRSS it would report, the
/// frames anonymous pages hold (the Linux share of physical memory), whether any droppable area is
/// VM_LOCKED, the children this call forked, and purge markers that lie outside a volatile area.
/// The Linux invariant monitors check these instead of re-deriving them from the calls.
/// </summary>
public sealed record LinuxFacts(
    ImmutableSortedDictionary<ulong, LinuxMmFacts> Mms,
    ImmutableArray<ulong> AnonFrames,
    bool DroppableLocked,
    ImmutableArray<ForkChildFacts> ForkChildren,
    ImmutableArray<StrayPurgeMarker> StrayPurgeMarkers);

/// <summary>One process's /proc status figures in bytes: VmLck (VM_LOCKED areas, droppable ones never) and VmRSS (pages with a frame).</summary>
public sealed record LinuxMmFacts(ulong Pid, ulong VmLckBytes, ulong VmRssBytes);

/// <summary>A child fork created in this call, and whether it holds any page entry in a VM_WIPEONFORK (or droppable) area.</summary>
public sealed record ForkChildFacts(ulong Pid, bool HoldsWipedEntry);

/// <summary>A purge marker of process <see cref="Pid"/> at <see cref="Address"/> that no volatile area covers.</summary>
public sealed record StrayPurgeMarker(ulong Pid, ulong Address);
