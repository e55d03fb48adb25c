using System.Collections.Immutable;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.State;

/// <summary>
/// The frame allocator (design notes, "Frames"): a free budget, a LIFO stack of freed frames, and the
/// next never-used frame number. Allocation takes the most recently freed frame first.
/// </summary>
internal sealed record PhysicalMemoryState(ulong FreeFrames, ImmutableStack<ulong> Freed, ulong NextFrame) : ILendable
{
    public static PhysicalMemoryState Fresh(ulong freeFrames) =>
        new(freeFrames, ImmutableStack<ulong>.Empty, 0);

    public PhysicalMemoryState Allocate(out ulong frame)
    {
        if (!Freed.IsEmpty)
        {
            var rest = Freed.Pop(out frame);
            return this with { FreeFrames = FreeFrames - 1, Freed = rest };
        }

        frame = NextFrame;
        return this with { FreeFrames = FreeFrames - 1, NextFrame = NextFrame + 1 };
    }

    /// <summary>Allocates <paramref name="count"/> consecutive never-used frames (physically contiguous memory).</summary>
    public PhysicalMemoryState AllocateRun(ulong count, out ulong first)
    {
        first = NextFrame;
        return this with { FreeFrames = FreeFrames - count, NextFrame = NextFrame + count };
    }

    /// <summary>Returns a frame; the budget saturates at 2^64 - 1 (D-27).</summary>
    public PhysicalMemoryState Free(ulong frame) =>
        this with { FreeFrames = FreeFrames == ulong.MaxValue ? ulong.MaxValue : FreeFrames + 1, Freed = Freed.Push(frame) };

    public static ulong Address(ulong frame) => Abi.KernelLayout.FrameBase + (frame * Abi.KernelLayout.PageSize);
}
