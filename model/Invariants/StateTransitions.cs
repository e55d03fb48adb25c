using VmoKernel.Abi;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Errors change nothing (INV-STATE-01), with the documented exceptions: a transfer that fails with
/// NO_MEMORY (checked by <see cref="TransferTransitions"/>, INV-XFER-06) and a handle_replace refused for
/// its rights, which only consumes the original handle (D-15); and the Linux calls that fail after a
/// partial walk or install, or block (<see cref="LinuxTransitions.MayChangeOnFailure"/>). Also INV-XFER-01 (a failed transfer other
/// than NO_MEMORY leaves both VMOs unchanged) and INV-MEM-03 (NO_MEMORY changes nothing).
/// </summary>
public static class StateTransitions
{
    /// <summary>
    /// Only failed calls are judged; a failure that left the very same state (the usual case) is
    /// judged only when it is a handle_replace, which must consume its handle even when it fails.
    /// Calling an iterator allocates it, so the cheap guard comes first: this runs on every edge of exhaust.
    /// </summary>
    public static IEnumerable<InvariantViolation> Check(Transition t) =>
        t.Failed && (!ReferenceEquals(t.Before, t.After) || t.Call is HandleReplace) ? Failure(t) : [];

    private static IEnumerable<InvariantViolation> Failure(Transition t)
    {
        if (t.Call is VmoTransferData && t.Result.Status == Status.ZxErrNoMemory)
        {
            yield break;
        }

        if (LinuxTransitions.MayChangeOnFailure(t))
        {
            yield break;
        }

        if (t.Call is HandleReplace replace && t.Result.Status == Status.ZxErrInvalidArgs)
        {
            var p = t.After.Processes[t.Process];
            if (p.Handles.ContainsKey(replace.Handle))
            {
                yield return InvariantViolation.Of("INV-STATE-01", $"handle_replace refused for rights kept the original handle 0x{replace.Handle:x} (D-15)");
            }

            if (p.NextHandleSequence != t.Before.Processes[t.Process].NextHandleSequence)
            {
                yield return InvariantViolation.Of("INV-STATE-01", "handle_replace refused for rights consumed a handle number");
            }

            yield break;
        }

        var difference = StateComparer.Difference(t.Before, t.After);
        if (difference is null)
        {
            yield break;
        }

        var id = t.Call is VmoTransferData ? "INV-XFER-01"
            : t.Result.Status == Status.ZxErrNoMemory ? "INV-MEM-03"
            : "INV-STATE-01";
        yield return InvariantViolation.Of(id, $"{t.Call} failed with {StatusNames.Name(t.Result.Status)} but changed the state: {difference}");
    }
}
