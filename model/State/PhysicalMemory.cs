using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.State;

/// <summary>
/// Physical frames. <see cref="Free"/> is a budget of frames that may still be allocated (set by
/// <c>set_free_frames</c>); <see cref="Used"/> frames each back exactly one page slot. Allocation takes
/// the most recently freed frame (LIFO), else the next never-used number (design notes, "Frames").
/// </summary>
public sealed record PhysicalMemory(ulong Free, ulong Used, ulong NextFresh, ImmutableStack<ulong> Freed)
{
    public static readonly PhysicalMemory Initial = new(KernelLayout.InitialFreeFrames, 0, 0, ImmutableStack<ulong>.Empty);

    public static ulong Address(ulong frame) => KernelLayout.FrameBase + (frame * KernelLayout.PageSize);

    /// <summary>Takes one frame; false (and no change) when the budget is exhausted.</summary>
    public bool TryAllocate(out PhysicalMemory after, out ulong frame)
    {
        if (Free == 0)
        {
            after = this;
            frame = 0;
            return false;
        }

        if (!Freed.IsEmpty)
        {
            after = this with { Free = Free - 1, Used = Used + 1, Freed = Freed.Pop(out frame) };
            return true;
        }

        frame = NextFresh;
        after = this with { Free = Free - 1, Used = Used + 1, NextFresh = NextFresh + 1 };
        return true;
    }

    /// <summary>Takes <paramref name="count"/> never-used consecutive frames (physically contiguous memory).</summary>
    public bool TryAllocateContiguous(ulong count, out PhysicalMemory after, out ulong first)
    {
        first = NextFresh;
        if (count > Free)
        {
            after = this;
            return false;
        }

        after = this with { Free = Free - count, Used = Used + count, NextFresh = NextFresh + count };
        return true;
    }

    /// <summary>Returns a frame; the budget saturates at 2^64 - 1 rather than wrapping after set_free_frames(U64_MAX).</summary>
    public PhysicalMemory Release(ulong frame) =>
        this with { Free = Free == ulong.MaxValue ? Free : Free + 1, Used = Used - 1, Freed = Freed.Push(frame) };
}
