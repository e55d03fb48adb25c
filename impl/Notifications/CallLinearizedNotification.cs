using System.Collections.Immutable;
using VmoKernel.Abi;
using MonitorEvent = Microsoft.Coyote.Specifications.Monitor.Event;

namespace VmoKernel.Kernel.Notifications;

/// <summary>
/// Sent to every configured monitor at a call's one linearization point, while the kernel still holds
/// every object the call read or changed: the call as the given process made it, its result, and the
/// facts invariant monitors need (the touched VMOs as they are now, frames that changed owner, discards,
/// and the free frame budget when physical memory was involved).
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

    public override string ToString() => $"p{Process}: {Call} => {Result}";
}
