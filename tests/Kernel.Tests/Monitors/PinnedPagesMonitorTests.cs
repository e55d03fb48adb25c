using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel.Notifications;
using static VmoKernel.Tests.Kernel.Monitors.MonitorRun;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// INV-PIN-01 when an unpin releases the last pin of a VMO whose handles are closed: the VMO dies and its
/// frames go to the free list in that same call, which is right (the Generated harness found the monitor
/// flagging it); freeing a frame another PMT still pins is not.
/// </summary>
public sealed class PinnedPagesMonitorTests
{
    private const ulong Vmo = 1034;
    private const ulong Frame = 11;
    private const uint Pmt = 123;

    private static VmoFacts Facts(int pins) => new(
        Vmo, KernelLayout.PageSize, 0, false, false,
        ImmutableSortedDictionary<ulong, ulong>.Empty.Add(0, Frame),
        pins > 0 ? ImmutableSortedDictionary<ulong, int>.Empty.Add(0, pins) : ImmutableSortedDictionary<ulong, int>.Empty);

    private static CallLinearizedNotification Pinned(int pins) =>
        Call(new BtiPin(0x13, BtiOptions.PermRead, 0x53, 0, KernelLayout.PageSize), SyscallResult.ZxOk(), vmos: [Facts(pins)]);

    private static CallLinearizedNotification UnpinFreeing(int pinsLeft) =>
        Call(new PmtUnpin(Pmt), SyscallResult.ZxOk(), vmos: [Facts(pinsLeft)], frames: [new FrameMove(Frame, null, 0)]);

    [Fact]
    [Trait("spec", "INV-PIN-01")]
    public void TheUnpinThatReleasesTheLastPinOfAClosedVmoMayFreeItsFrame() =>
        Assert.Null(FirstFailure<PinnedPagesNeverMoveMonitor>(Pinned(1), UnpinFreeing(0)));

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void FreeingAFrameAnotherPmtStillPinsBreaksInvPin01() =>
        Assert.Equal(PinnedPagesNeverMoveMonitor.SpecId, FirstFailure<PinnedPagesNeverMoveMonitor>(Pinned(2), UnpinFreeing(1)));
}
