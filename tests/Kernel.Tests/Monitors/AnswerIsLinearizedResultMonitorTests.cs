using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel.Notifications;
using static VmoKernel.Tests.Kernel.Monitors.MonitorRun;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// REF-01's answer half: a call is answered with the result it linearized with, the last one when it blocked
/// first; an answer with no linearization, or with another result, is caught (mutation testing found a commit
/// its process refused reported as done, which no other monitor could see).
/// </summary>
public sealed class AnswerIsLinearizedResultMonitorTests
{
    private const long Request = 9;
    private static readonly VmoCreate Create = new(KernelLayout.PageSize, 0);

    private static CallStartedNotification Started() => new(Request, KernelLayout.FirstKoid, Create);

    [Fact]
    [Trait("spec", "REF-01")]
    public void AnAnswerEqualToTheLastLinearizationIsQuiet() =>
        Assert.Null(FirstFailure<AnswerIsLinearizedResultMonitor>(
            Started(),
            Call(Create, SyscallResult.Error(Status.Blocked), requestId: Request),
            Call(Create, SyscallResult.ZxOk(Value.Int(0x13)), requestId: Request),
            new CallAnsweredNotification(Request, SyscallResult.ZxOk(Value.Int(0x13)))));

    [Fact]
    [Trait("spec", "REF-01")]
    public void AnAnswerNeverLinearizedBreaksRef01() =>
        Assert.Equal(RefinementMonitor.SpecId, FirstFailure<AnswerIsLinearizedResultMonitor>(
            Started(),
            new CallAnsweredNotification(Request, SyscallResult.ZxOk(Value.Int(0x13)))));

    [Fact]
    [Trait("spec", "REF-01")]
    public void AnAnswerOtherThanItsLinearizedResultBreaksRef01() =>
        Assert.Equal(RefinementMonitor.SpecId, FirstFailure<AnswerIsLinearizedResultMonitor>(
            Started(),
            Call(Create, SyscallResult.Error(Status.ZxErrNoMemory), requestId: Request),
            new CallAnsweredNotification(Request, SyscallResult.ZxOk(Value.Int(0x13)))));
}
