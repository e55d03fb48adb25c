using System.Collections.Immutable;
using VmoKernel.Abi;
using MonitorEvent = Microsoft.Coyote.Specifications.Monitor.Event;

namespace VmoKernel.Kernel.Notifications;

/// <summary>
/// Sent to every configured monitor at a call's one linearization point, while the kernel still holds
/// every object the call read or changed: the call as the given process made it, its result, and the
/// facts invariant monitors need (the touched VMOs as they are now, frames that changed owner, discards,
/// and the free frame budget when physical memory was involved). A call that blocks linearizes twice or
/// more: once per blocked run, and once when it finishes.
/// </summary>
public sealed class CallLinearizedNotification(
    ulong process,
    Syscall call,
    SyscallResult result,
    ImmutableArray<VmoFacts> vmos,
    ImmutableArray<FrameMove> frames,
    ImmutableArray<DiscardFact> discards,
    ulong? freeFrames) : MonitorEvent
{
    public ulong Process { get; } = process;

    public Syscall Call { get; } = call;

    public SyscallResult Result { get; } = result;

    public ImmutableArray<VmoFacts> Vmos { get; } = vmos;

    public ImmutableArray<FrameMove> Frames { get; } = frames;

    public ImmutableArray<DiscardFact> Discards { get; } = discards;

    public ulong? FreeFrames { get; } = freeFrames;

    /// <summary>
    /// For a call run again after a wake (L-18), the id of the kernel waiter it was blocked under; null on
    /// a call's first run. A run that blocks linearizes with <see cref="Status.Blocked"/> and its new
    /// waiter's id as the value, so a monitor can pair each block with its resumption.
    /// </summary>
    public ulong? Resumes { get; init; }

    /// <summary>The Linux surface after the call, when the call held the Linux world (its lock); null otherwise, as then nothing Linux changed.</summary>
    public LinuxFacts? Linux { get; init; }

    /// <summary>The id <see cref="CallStartedNotification"/> gave this call (0 for a linearization that no started call owns).</summary>
    public long RequestId { get; init; }

    /// <summary>
    /// The koids of the kernel objects the call held at this point (VMOs, BTIs, processes frozen by
    /// process_getinfo), the process it runs against and its calling process (its commit takes the
    /// process last); physical memory, the reclaimer's lists and the Linux world, which many calls
    /// hold, are left out. Coverage reports use it to say which calls overlapped on a shared object.
    /// </summary>
    public ImmutableArray<ulong> Touched { get; init; } = [];

    public override string ToString() => $"p{Process}: {Call} => {Result}";
}
