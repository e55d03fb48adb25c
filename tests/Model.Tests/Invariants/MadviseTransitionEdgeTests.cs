using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of <see cref="MadviseTransitions"/>: a process_madvise step wrong in exactly one way (a stale
/// vm_seq that succeeded, a failure that changed the state, an answer that is no prefix sum or no
/// number, advice that moved vm_seq) is reported in full, and a correct prefix is not.
/// </summary>
public sealed class MadviseTransitionEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;

    /// <summary>p0 with two written VMOs mapped back to back, and a process_madvise of both pages at p0's vm_seq.</summary>
    private static (KernelScript K, ProcessMadvise Call) TwoMappedPages(uint advice = ProcessInfoOptions.MadvDontNeed)
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        var first = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, a, 0, Page));
        var second = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, b, 0, Page));
        var p0 = k.State.Processes[k.Process];
        return (k, new ProcessMadvise(p0.Koid, [(first, Page), (second, Page)], advice, 0, p0.VmSeq));
    }

    private static string[] Messages(KernelScript k, Syscall call, SyscallResult result, KernelState after) =>
        ReportedViolations.OfStep(k.State, k.Process, call, result, after);

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-10")]
    public void AStaleVmSeqThatSucceededBreaksInvInfo10()
    {
        var (k, current) = TwoMappedPages();
        var call = current with { VmSeq = current.VmSeq + 1 };
        var result = SyscallResult.Ok(Value.Int(0));
        Assert.Equal(
            [$"INV-INFO-10: {call} with vm_seq {call.VmSeq} against {current.VmSeq} => {result}, not ESTALE"],
            Messages(k, call, result, k.State));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MADV-03")]
    public void ARefusedAdviceThatChangedTheStateBreaksInvMadv03()
    {
        var (k, call) = TwoMappedPages(advice: 99);
        var before = k.State;
        var result = k.Call(call);
        Assert.Equal(Status.Einval, result.Status);
        var changed = before with { Clock = before.Clock + 1 };
        var difference = $"clock {before.Clock} vs {before.Clock + 1}";
        Assert.Equal(
            [
                $"INV-STATE-01: {call} failed with EINVAL but changed the state: {difference}",
                $"INV-MADV-03: {call} => {result} changed the state: {difference}",
            ],
            ReportedViolations.OfStep(before, k.Process, call, result, changed));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MADV-04")]
    public void AnAnswerBetweenTwoPrefixSumsBreaksInvMadv04()
    {
        var (k, call) = TwoMappedPages();
        var result = SyscallResult.Ok(Value.Int(Page + 1));
        Assert.Equal([$"INV-MADV-04: {call} => {result}: not a prefix sum of the iovec lengths"], Messages(k, call, result, k.State));
    }

    [Fact]
    public void AnAnswerThatIsNoNumberIsNoPrefixSum()
    {
        var (k, call) = TwoMappedPages();
        var result = SyscallResult.Ok();
        Assert.Equal([$"INV-MADV-04: {call} => {result}: not a prefix sum of the iovec lengths"], Messages(k, call, result, k.State));
    }

    [Fact]
    public void TheBytesOfTheFirstElementAloneAreAPrefixSum()
    {
        var (k, call) = TwoMappedPages();
        Assert.Empty(Messages(k, call, SyscallResult.Ok(Value.Int(Page)), k.State));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MADV-05")]
    public void AdviceThatMovedVmSeqBreaksInvMadv05()
    {
        var (k, call) = TwoMappedPages();
        var before = k.State;
        var result = k.Call(call);
        Assert.Equal(Status.Ok, result.Status);
        Assert.Empty(Transitions.Check(before, k.Process, call, result, k.State));
        var p0 = k.State.Processes[k.Process];
        var moved = k.State.WithProcess(p0 with { VmSeq = p0.VmSeq + 1 });
        Assert.Equal(
            [$"INV-MADV-05: {call} => {result} changed the address space of process {p0.Koid}"],
            ReportedViolations.OfStep(before, k.Process, call, result, moved));
    }
}
