using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// Follows the calls of one run (one Coyote iteration) from the kernel's notifications and tells
/// <see cref="ConcurrencyCoverage"/> every pair of calls that overlapped: their intervals (issued ..
/// answered) intersect and they touched a common kernel object (a VMO, a BTI, a process; for a Linux
/// call its process is its mm). Physical memory and the Linux world lock do not count: nearly every call
/// takes them. A pair is judged when the later of its two calls is answered, so each pair once; a call
/// never answered (a deadlock the liveness monitors report) is in no pair.
/// </summary>
public sealed class CallOverlapTracker(ConcurrencyCoverage coverage)
{
    private readonly Dictionary<long, TrackedCall> _inFlight = [];
    private readonly List<TrackedCall> _answered = [];
    private readonly KnownObjects _known = new();
    private long _clock;

    public void Started(long requestId, ulong process, Syscall call)
    {
        _known.Process(process);
        if (call is ProcessGetinfo getinfo)
        {
            foreach (var named in getinfo.Procs)
            {
                _known.Process(named);
            }
        }

        _inFlight[requestId] = new TrackedCall(requestId, process, call, ++_clock);
    }

    public void Linearized(CallLinearizedNotification linearized)
    {
        _clock++;
        _known.Learn(linearized);
        if (_inFlight.TryGetValue(linearized.RequestId, out var call))
        {
            call.Touched.UnionWith(linearized.Touched);
            call.Touched.UnionWith(NamedProcesses(linearized.Call, linearized.Result));
            call.FramesMoved += linearized.Frames.Length;
        }
    }

    public void Answered(long requestId, SyscallResult result)
    {
        if (!_inFlight.Remove(requestId, out var call))
        {
            return;
        }

        call.Answered = ++_clock;
        call.Succeeded = result.Succeeded;
        call.Outcome = OutcomeLabel.Of(call, result, _known);
        coverage.Called(call);
        foreach (var other in _answered)
        {
            var shared = new HashSet<ulong>(call.Touched);
            shared.IntersectWith(other.Touched);
            if (shared.Count > 0 && call.OverlapsInTime(other))
            {
                coverage.Overlapped(call, other, shared, _known);
            }
        }

        _answered.Add(call);
    }

    /// <summary>Processes a Linux call acts on besides its caller, named by its arguments or its answer.</summary>
    private static IEnumerable<ulong> NamedProcesses(Syscall call, SyscallResult result) => call switch
    {
        Kill kill => [kill.Pid],
        PidfdOpen open => [open.Pid],
        Fork when result.Succeeded && result.Value is IntValue child => [child.Number],
        ProcessMadvise madvise => [madvise.Proc],
        _ => [],
    };
}
