using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// One call of one run as the coverage tracker sees it: who made it, when it was issued and answered
/// (ticks of the tracker's clock, which counts the kernel's notifications in the order the monitors got
/// them), the kernel objects it touched at any of its linearization points, and what it returned.
/// </summary>
public sealed class TrackedCall(long requestId, ulong process, Syscall call, long issued)
{
    public long RequestId { get; } = requestId;

    public ulong Process { get; } = process;

    public Syscall Call { get; } = call;

    public long Issued { get; } = issued;

    /// <summary>Null while the call is in flight.</summary>
    public long? Answered { get; set; }

    public HashSet<ulong> Touched { get; } = [];

    /// <summary>Frames that changed owner at the call's linearization points (a failed transfer that moved some is partial).</summary>
    public int FramesMoved { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>The status, with what made it interesting when something did (a partial transfer, a getinfo over changing processes).</summary>
    public string Outcome { get; set; } = "";

    /// <summary>Whether the intervals issued .. answered of the two (answered) calls intersect.</summary>
    public bool OverlapsInTime(TrackedCall other) =>
        Issued < (other.Answered ?? long.MaxValue) && other.Issued < (Answered ?? long.MaxValue);
}
