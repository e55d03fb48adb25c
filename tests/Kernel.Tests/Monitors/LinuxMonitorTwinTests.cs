using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel.Notifications;
using static VmoKernel.Tests.Kernel.Monitors.MonitorRun;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// The Linux invariant monitors, each fed a notification sequence that breaks its entry (the must-fail
/// twin: the monitor must report exactly that ID) and a nearby sequence that keeps it (the monitor must
/// stay quiet, so the twin fails for the violation and not for the shape of the input).
/// </summary>
public sealed class LinuxMonitorTwinTests
{
    private const ulong Budget = KernelLayout.InitialFreeFrames;
    private const ulong P0 = KernelLayout.FirstKoid;
    private const ulong Page = KernelLayout.PageSize;
    private static readonly Mmap AnyMmap = new(0, Page, LinuxConstants.ProtRead | LinuxConstants.ProtWrite, LinuxConstants.MapPrivate | LinuxConstants.MapAnonymous);

    [Fact]
    [Trait("spec", "INV-LINUX-01")]
    public void AnonymousPagesTakenAndFreedKeepTheBudget() =>
        Assert.Null(FirstFailure<FrameOwnershipMonitor>(
            Call(new MemWrite(0x1000, ByteString.Zeros(1)), Ok(), linux: Linux(anonFrames: [5, 6]), freeFrames: Budget - 2),
            Call(new Munmap(0x1000, Page), Ok(), linux: Linux(anonFrames: [6]), freeFrames: Budget - 1, frames: [new FrameMove(5, null, 0)])));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-01")]
    public void AFrameBackingAnAnonymousPageAndAVmoSlotBreaksInvLinux01() =>
        Assert.Equal(FrameOwnershipMonitor.AcrossSurfacesId, FirstFailure<FrameOwnershipMonitor>(
            Call(new MemWrite(0x1000, ByteString.Zeros(1)), Ok(), linux: Linux(anonFrames: [5]), freeFrames: Budget - 1),
            Call(new VmoWrite(3, 0, ByteString.Zeros(1)), SyscallResult.ZxOk(), freeFrames: Budget - 2,
                vmos: [new VmoFacts(2000, Page, 0, false, false, ImmutableSortedDictionary<ulong, ulong>.Empty.Add(0, 5), ImmutableSortedDictionary<ulong, int>.Empty)],
                frames: [new FrameMove(5, 2000, 0)])));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-01")]
    public void AnAnonymousPageTheFreeCountStillCountsBreaksInvLinux01() =>
        Assert.Equal(FrameOwnershipMonitor.AcrossSurfacesId, FirstFailure<FrameOwnershipMonitor>(
            Call(new MemWrite(0x1000, ByteString.Zeros(1)), Ok(), linux: Linux(anonFrames: [5, 6]), freeFrames: Budget - 1)));

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-01")]
    public void ALinuxCallFreeingOneFrameTwiceBreaksInvMem01() =>
        Assert.Equal(FrameOwnershipMonitor.OwnedOnceId, FirstFailure<FrameOwnershipMonitor>(
            Call(new MemWrite(0x1000, ByteString.Zeros(1)), Ok(), linux: Linux(anonFrames: [5]), freeFrames: Budget - 1),
            Call(new Munmap(0x1000, Page), Ok(), linux: Linux(), freeFrames: Budget + 1, frames: [new FrameMove(5, null, 0), new FrameMove(5, null, 0)])));

    [Fact]
    [Trait("spec", "INV-LINUX-02")]
    public void ProcStatusCountingOnlyLockedAreasThatAreNotDroppableIsQuiet() =>
        Assert.Null(FirstFailure<DroppableNeverLockedMonitor>(
            Call(new Mlock(0x1000, 2 * Page), Ok(), linux: Linux(mms: [new LinuxMmFacts(P0, Page, 0)])),
            Call(new ProcStatus(), ProcStatusOf(vmRss: 0, vmLck: Page), linux: Linux(mms: [new LinuxMmFacts(P0, Page, 0)]))));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-02")]
    public void ALockedDroppableAreaBreaksInvLinux02() =>
        Assert.Equal(DroppableNeverLockedMonitor.SpecId, FirstFailure<DroppableNeverLockedMonitor>(
            Call(new Mlock(0x1000, Page), Ok(), linux: Linux(droppableLocked: true))));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-02")]
    public void AVmLckThatCountsDroppableMemoryBreaksInvLinux02() =>
        Assert.Equal(DroppableNeverLockedMonitor.SpecId, FirstFailure<DroppableNeverLockedMonitor>(
            Call(new ProcStatus(), ProcStatusOf(vmRss: 0, vmLck: 2 * Page), linux: Linux(mms: [new LinuxMmFacts(P0, Page, 0)]))));

    [Fact]
    [Trait("spec", "INV-LINUX-18")]
    public void ProcStatusCountingThePagesWithAFrameIsQuiet() =>
        Assert.Null(FirstFailure<VmRssCountsResidentPagesMonitor>(
            Call(new MemWrite(0x1000, ByteString.Zeros(1)), Ok(), linux: Linux(mms: [new LinuxMmFacts(P0, 0, Page)])),
            Call(new ProcStatus(), ProcStatusOf(vmRss: Page, vmLck: 0), linux: Linux(mms: [new LinuxMmFacts(P0, 0, Page)]))));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-18")]
    public void AVmRssThatCountsTheZeroPageBreaksInvLinux18() =>
        Assert.Equal(VmRssCountsResidentPagesMonitor.SpecId, FirstFailure<VmRssCountsResidentPagesMonitor>(
            Call(new ProcStatus(), ProcStatusOf(vmRss: 2 * Page, vmLck: 0), linux: Linux(mms: [new LinuxMmFacts(P0, 0, Page)]))));

    [Fact]
    [Trait("spec", "INV-LINUX-03")]
    public void PurgeMarkersInVolatileAreasAreQuiet() =>
        Assert.Null(FirstFailure<PurgedPagesStayVolatileMonitor>(Call(new Reclaim(PressureLevel.Critical), SyscallResult.ZxOk(), linux: Linux())));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-03")]
    public void APurgeMarkerLeftOutsideAVolatileAreaBreaksInvLinux03() =>
        Assert.Equal(PurgedPagesStayVolatileMonitor.SpecId, FirstFailure<PurgedPagesStayVolatileMonitor>(
            Call(new Madvise(0x1000, Page, LinuxConstants.MadvNonVolatile), Ok(Value.Record(("purged", Value.Int(1)))),
                linux: Linux(strayMarkers: [new StrayPurgeMarker(P0, 0x1000)]))));

    [Fact]
    [Trait("spec", "INV-LINUX-05")]
    public void AForkChildWithEmptyWipedAreasIsQuiet() =>
        Assert.Null(FirstFailure<WipedChildHoldsNothingMonitor>(
            Call(new Fork(), Ok(Value.Int(P0 + 10)), linux: Linux(forkChildren: [new ForkChildFacts(P0 + 10, false)]))));

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-05")]
    public void AForkChildHoldingAPageInAWipedAreaBreaksInvLinux05() =>
        Assert.Equal(WipedChildHoldsNothingMonitor.SpecId, FirstFailure<WipedChildHoldsNothingMonitor>(
            Call(new Fork(), Ok(Value.Int(P0 + 10)), linux: Linux(forkChildren: [new ForkChildFacts(P0 + 10, true)]))));

    [Fact]
    [Trait("spec", "LIVE-LINUX-01")]
    public void AWokenReaderThatRunsAgainLeavesTheMonitorCold() =>
        Assert.Null(FirstFailure<WokenThreadsRunMonitor>(
        [
            .. CopyWakesABlockedReader(out var mapped),
            Call(new MemRead(mapped, 1), Ok(Value.Of(Fill(1))), resumes: KernelWaiter),
        ]));

    [Fact]
    [Trait("must-fail-twin", "LIVE-LINUX-01")]
    public void AWokenReaderThatNeverRunsAgainLeavesTheMonitorHot() =>
        Assert.Equal(WokenThreadsRunMonitor.SpecId, FirstFailure<WokenThreadsRunMonitor>(CopyWakesABlockedReader(out _)));

    [Fact]
    [Trait("spec", "LIVE-LINUX-01")]
    public void AReaderStillBlockedWithNobodyToWakeItIsNotALostWakeup() =>
        Assert.Null(FirstFailure<WokenThreadsRunMonitor>([.. CopyWakesABlockedReader(out _).SkipLast(1)]));

    private const ulong KernelWaiter = 77;

    // The blocking scenario of scenarios/linux/blocking.scn as the kernel would linearize it (results as
    // the model gives them, so the monitor's own model agrees), ending with the COPY that wakes the reader.
    private static CallLinearizedNotification[] CopyWakesABlockedReader(out ulong mapped)
    {
        var model = new LinearizedModel();
        var calls = new List<CallLinearizedNotification>();
        mapped = Step(model, calls, AnyMmap);
        var uffd = Step(model, calls, new Userfaultfd(0));
        Step(model, calls, new UffdioApi((uint)uffd, LinuxConstants.UffdApi, 0));
        Step(model, calls, new UffdioRegister((uint)uffd, mapped, Page, LinuxConstants.UffdioRegisterModeMissing));
        var blocked = Call(new MemRead(mapped, 1), new SyscallResult(Abi.Status.Blocked, Value.Int(KernelWaiter)));
        Assert.Equal(Abi.Status.Blocked, model.Step(blocked, out _)!.Status);
        calls.Add(blocked);
        Step(model, calls, new UffdioCopy((uint)uffd, mapped, Fill((int)Page), 0));
        Assert.Equal([KernelWaiter], model.WokenKernelWaiters());
        return [.. calls];
    }

    private static ulong Step(LinearizedModel model, List<CallLinearizedNotification> calls, Syscall call)
    {
        var result = model.Step(Call(call, Ok()), out _)!;
        Assert.True(result.Succeeded, $"{call} => {result}");
        calls.Add(Call(call, result));
        return result.Value is IntValue { Number: var n } ? n : 0;
    }

    private static ByteString Fill(int length) => ByteString.Of([.. Enumerable.Repeat((byte)0xab, length)]);

    private static SyscallResult ProcStatusOf(ulong vmRss, ulong vmLck) =>
        Ok(Value.Record(("VmRSS", Value.Int(vmRss)), ("VmLck", Value.Int(vmLck))));
}
