using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// A call's outcome as the coverage report names it: its status, and for the partial outcomes the
/// harnesses must reach, what made it partial (issue 16 part 5): a failed transfer that moved frames, a
/// transfer whose destination range starts inside its VMO and runs past the end, a process_getinfo over
/// several processes while another call changes one of them.
/// </summary>
public static class OutcomeLabel
{
    public const string OverChangingProcesses = "over several processes, one changing";

    private static readonly HashSet<Type> Readers =
        [typeof(ProcessGetinfo), typeof(ObjectGetInfo), typeof(VmoGetSize), typeof(VmoRead), typeof(MemRead), typeof(ProcStatus), typeof(Smaps)];

    /// <summary>The outcome of an answered call on its own.</summary>
    public static string Of(TrackedCall call, SyscallResult result, KnownObjects known)
    {
        var status = StatusNames.Name(result.Status);
        return call.Call switch
        {
            VmoTransferData when !result.Succeeded && call.FramesMoved > 0 => $"{status} (partial: {call.FramesMoved} frame moves)",
            VmoTransferData transfer when result.Status == Status.ZxErrOutOfRange && Straddles(transfer, known.VmoSize(call.Process, transfer.Dst)) =>
                $"{status} (destination range runs past its end)",
            _ => status,
        };
    }

    /// <summary>The outcome of <paramref name="call"/> while <paramref name="other"/> was in flight on the <paramref name="shared"/> objects.</summary>
    public static string Against(TrackedCall call, TrackedCall other, IReadOnlySet<ulong> shared) =>
        call.Call is ProcessGetinfo { Procs.Length: >= 2 } getinfo && Changes(other) && getinfo.Procs.Any(shared.Contains)
            ? $"{call.Outcome} ({OverChangingProcesses})"
            : call.Outcome;

    private static bool Straddles(VmoTransferData transfer, ulong? size) =>
        size is { } end && transfer.Offset < end && transfer.Length > end - transfer.Offset;

    private static bool Changes(TrackedCall call) =>
        (call.Succeeded && !Readers.Contains(call.Call.GetType())) || call.FramesMoved > 0;
}
