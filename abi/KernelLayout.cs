namespace VmoKernel.Abi;

/// <summary>
/// The fixed shape of a fresh kernel and the numbering rules both kernels follow, so that the model
/// and the actor kernel give the same koids, handle values and addresses for the same calls
/// (docs/design-notes.md explains each rule).
/// </summary>
public static class KernelLayout
{
    public const ulong PageSize = KernelConstants.PageSize;

    /// <summary>Free frames in a fresh kernel.</summary>
    public const ulong InitialFreeFrames = 1_048_576;

    /// <summary>The first koid handed out; every object (process, VMAR, BTI, resource, VMO, PMT...) takes the next.</summary>
    public const ulong FirstKoid = 1024;

    /// <summary>Base and size of every process's root VMAR.</summary>
    public const ulong RootVmarBase = 0x0000_0001_0000_0000;
    public const ulong RootVmarSize = 0x0000_7f00_0000_0000;

    /// <summary>Physical address of frame number 0; frame n is at <c>FrameBase + n * PageSize</c>.</summary>
    public const ulong FrameBase = 0x0000_0000_8000_0000;

    /// <summary>The value of the n-th handle (n = 1, 2, ...) a process's handle table creates; values are never reused.</summary>
    public static uint HandleValue(uint sequence) => (sequence << 3) | 0x3;

    public static bool IsPageAligned(ulong value) => (value & (PageSize - 1)) == 0;
}
