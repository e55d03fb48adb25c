using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using static VmoKernel.Tests.Kernel.Monitors.MonitorRun;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// INV-INFO-10 under INV-INFO-13's check order: a stale process_madvise may fail a check made before the
/// sequence's (the Generated harness found the monitor flagging a stale call to a process that does not
/// exist, which rightly answered ESRCH), but never one made after it, and never succeed. The sequence moves on
/// a map and on an unmap that removed something, not on an unmap of nothing (spec/decisions.md: "vm_seq advances
/// only on a real change"; Generated found the monitor counting one, with ProcessLookupRacesCreate switched on).
/// </summary>
public sealed class StaleVmSeqMonitorTests
{
    private const ulong Page = KernelLayout.PageSize;
    private const ulong Mapped = KernelLayout.RootVmarBase;

    private static ProcessMadvise Stale(ulong proc, uint advice, uint flags = 0) =>
        new(proc, [(Mapped, Page)], advice, flags, 7);

    [Theory]
    [Trait("spec", "INV-INFO-10")]
    [InlineData(1UL, ProcessInfoOptions.MadvDontNeed, 0u, Status.Esrch)]
    [InlineData(KernelLayout.FirstKoid, 99u, 0u, Status.Einval)]
    [InlineData(KernelLayout.FirstKoid, ProcessInfoOptions.MadvCold, 1u, Status.Einval)]
    [InlineData(KernelLayout.FirstKoid, ProcessInfoOptions.MadvCold, 0u, Status.Eperm)]
    [InlineData(KernelLayout.FirstKoid, ProcessInfoOptions.MadvCold, 0u, Status.Estale)]
    public void AStaleCallFailingACheckBeforeTheSequenceIsQuiet(ulong proc, uint advice, uint flags, Status status) =>
        Assert.Null(FirstFailure<StaleVmSeqChangesNothingMonitor>(Call(Stale(proc, advice, flags), SyscallResult.Error(status))));

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-10")]
    public void AStaleCallThatSucceedsBreaksInvInfo10() =>
        Assert.Equal(StaleVmSeqChangesNothingMonitor.SpecId, FirstFailure<StaleVmSeqChangesNothingMonitor>(
            Call(Stale(KernelLayout.FirstKoid, ProcessInfoOptions.MadvDontNeed), Ok(Value.Int(Page)))));

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-10")]
    public void AStaleCallFailingARangeCheckBreaksInvInfo10() =>
        Assert.Equal(StaleVmSeqChangesNothingMonitor.SpecId, FirstFailure<StaleVmSeqChangesNothingMonitor>(
            Call(Stale(KernelLayout.FirstKoid, ProcessInfoOptions.MadvDontNeed), SyscallResult.Error(Status.Enomem))));

    private static readonly VmarMap MapOnePage = new(KernelLayout.HandleValue(1), VmOptions.PermRead, 0, KernelLayout.HandleValue(2), 0, Page);

    private static ProcessMadvise AtSequence(ulong vmSeq) => new(KernelLayout.FirstKoid, [(Mapped, Page)], ProcessInfoOptions.MadvCold, 0, vmSeq);

    [Fact]
    [Trait("spec", "INV-INFO-10")]
    public void AnUnmapOfNothingLeavesTheSequenceCurrent() =>
        Assert.Null(FirstFailure<StaleVmSeqChangesNothingMonitor>(
            Call(MapOnePage, Ok(Value.Int(Mapped))),
            Call(new VmarUnmap(KernelLayout.HandleValue(1), Mapped + (4 * Page), Page), Ok()),
            Call(AtSequence(1), Ok(Value.Int(Page)))));

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-10")]
    public void AnUnmapOfPartOfAMappingMovesTheSequence() =>
        Assert.Equal(StaleVmSeqChangesNothingMonitor.SpecId, FirstFailure<StaleVmSeqChangesNothingMonitor>(
            Call(MapOnePage with { Length = 2 * Page }, Ok(Value.Int(Mapped))),
            Call(new VmarUnmap(KernelLayout.HandleValue(1), Mapped + Page, 1), Ok()),
            Call(AtSequence(1), Ok(Value.Int(Page)))));
}
