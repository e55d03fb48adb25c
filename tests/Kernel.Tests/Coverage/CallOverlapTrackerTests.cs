using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Coverage;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Tests.Kernel.Coverage;

/// <summary>
/// The coverage recorder on hand-made notification sequences: two calls overlap only when their
/// intervals intersect and they touched a common object; sequential calls, or concurrent calls on
/// disjoint objects, are the must-fail twins that leave a call record listed as never overlapped.
/// </summary>
public sealed class CallOverlapTrackerTests
{
    private const ulong Process = 1025;
    private const ulong OtherProcess = 1040;
    private const ulong Vmo = 1028;
    private const ulong OtherVmo = 1030;

    private static readonly Syscall Read = new VmoRead(35, 0, 4096);
    private static readonly Syscall Write = new VmoWrite(35, 0, ByteString.Empty);

    [Fact]
    public void TwoCallsInFlightOnOneVmoOverlapAndNameTheirOutcomes()
    {
        var coverage = new ConcurrencyCoverage();
        var tracker = new CallOverlapTracker(coverage);

        tracker.Started(1, Process, Read);
        tracker.Started(2, Process, Write);
        tracker.Linearized(Linearized(1, Read, Vmo, Process));
        tracker.Linearized(Linearized(2, Write, Vmo, Process));
        tracker.Answered(1, SyscallResult.ZxOk());
        tracker.Answered(2, SyscallResult.Error(Status.ZxErrBadState));

        var pair = Assert.Single(coverage.Pairs);
        Assert.Equal(("zx_vmo_read", "zx_vmo_write"), pair.Key);
        Assert.Equal(1, pair.Value.Times);
        Assert.Equal(["ZX_ERR_BAD_STATE"], pair.Value.OtherOutcomes);
        Assert.DoesNotContain("zx_vmo_read", coverage.NeverOverlapped);
        Assert.DoesNotContain("zx_vmo_write", coverage.NeverOverlapped);
        Assert.Equal(1, Record(coverage, "zx_vmo_write").OutcomesWhileOverlapped["ZX_ERR_BAD_STATE"]);
    }

    [Fact]
    public void OneCallAnsweredBeforeTheOtherIsIssuedNeverOverlaps()
    {
        var coverage = new ConcurrencyCoverage();
        var tracker = new CallOverlapTracker(coverage);

        tracker.Started(1, Process, Read);
        tracker.Linearized(Linearized(1, Read, Vmo, Process));
        tracker.Answered(1, SyscallResult.ZxOk());
        tracker.Started(2, Process, Write);
        tracker.Linearized(Linearized(2, Write, Vmo, Process));
        tracker.Answered(2, SyscallResult.ZxOk());

        Assert.Empty(coverage.Pairs);
        Assert.Contains("zx_vmo_read", coverage.NeverOverlapped);
        Assert.Contains("zx_vmo_write", coverage.NeverOverlapped);
        Assert.Equal(1, Record(coverage, "zx_vmo_read").Made);
    }

    [Fact]
    public void ConcurrentCallsOnDisjointObjectsNeverOverlap()
    {
        var coverage = new ConcurrencyCoverage();
        var tracker = new CallOverlapTracker(coverage);

        tracker.Started(1, Process, Read);
        tracker.Started(2, OtherProcess, Write);
        tracker.Linearized(Linearized(1, Read, Vmo, Process));
        tracker.Linearized(Linearized(2, Write, OtherVmo, OtherProcess));
        tracker.Answered(2, SyscallResult.ZxOk());
        tracker.Answered(1, SyscallResult.ZxOk());

        Assert.Empty(coverage.Pairs);
        Assert.Contains("zx_vmo_read", coverage.NeverOverlapped);
    }

    [Fact]
    public void EveryCatalogueRecordIsListedAndACallStillInFlightIsInNoPair()
    {
        var coverage = new ConcurrencyCoverage();
        var tracker = new CallOverlapTracker(coverage);

        tracker.Started(1, Process, Read);
        tracker.Started(2, Process, Write);
        tracker.Linearized(Linearized(1, Read, Vmo, Process));
        tracker.Answered(1, SyscallResult.ZxOk());

        Assert.Empty(coverage.Pairs);
        Assert.Equal(SyscallCatalogue.Records.Count, coverage.Calls.Count());
        Assert.Equal(SyscallCatalogue.Records.Count, coverage.NeverOverlapped.Count);
        Assert.Contains("process_madvise/4", coverage.NeverOverlapped);
        Assert.Contains("process_madvise/5", coverage.NeverOverlapped);
    }

    [Fact]
    public void ATransferWhoseDestinationRunsPastItsEndIsNamedAsSuch()
    {
        var coverage = new ConcurrencyCoverage();
        var tracker = new CallOverlapTracker(coverage);
        var create = new VmoCreate(2 * 4096, 0);
        var straddling = new VmoTransferData(40, 0, 4096, 2 * 4096, 41, 0);
        var atTheEnd = new VmoTransferData(40, 0, 2 * 4096, 4096, 41, 0);

        tracker.Started(1, Process, create);
        tracker.Linearized(new CallLinearizedNotification(Process, create, SyscallResult.ZxOk(new IntValue(40)), [Facts(Vmo, 2 * 4096)], [], [], null)
        {
            RequestId = 1,
            Touched = [Process],
        });
        tracker.Answered(1, SyscallResult.ZxOk(new IntValue(40)));
        tracker.Started(2, Process, straddling);
        tracker.Started(3, Process, atTheEnd);
        tracker.Linearized(Linearized(2, straddling, Vmo, Process));
        tracker.Linearized(Linearized(3, atTheEnd, Vmo, Process));
        tracker.Answered(2, SyscallResult.Error(Status.ZxErrOutOfRange));
        tracker.Answered(3, SyscallResult.Error(Status.ZxErrOutOfRange));

        var outcomes = Record(coverage, "zx_vmo_transfer_data").OutcomesWhileOverlapped;
        Assert.Equal(1, outcomes["ZX_ERR_OUT_OF_RANGE (destination range runs past its end)"]);
        Assert.Equal(1, outcomes["ZX_ERR_OUT_OF_RANGE"]);
    }

    [Fact]
    public void GetinfoOverSeveralProcessesWhileOneChangesIsNamedAsSuch()
    {
        var coverage = new ConcurrencyCoverage();
        var tracker = new CallOverlapTracker(coverage);
        var getinfo = new ProcessGetinfo([Process, OtherProcess], 0, ProcessInfoOptions.KnownMask, 4096);
        var unmap = new VmarUnmap(2, 0x1000, 4096);

        tracker.Started(1, Process, getinfo);
        tracker.Started(2, OtherProcess, unmap);
        tracker.Linearized(Linearized(1, getinfo, Vmo, Process, OtherProcess));
        tracker.Linearized(Linearized(2, unmap, OtherProcess));
        tracker.Answered(2, SyscallResult.ZxOk());
        tracker.Answered(1, SyscallResult.Ok());

        Assert.Contains($"OK ({OutcomeLabel.OverChangingProcesses})", Record(coverage, "process_getinfo").OutcomesWhileOverlapped.Keys);
        Assert.Equal(["process"], Assert.Single(coverage.Pairs).Value.On);
    }

    [Fact]
    public void TheReportListsTheNeverOverlappedCallsOrNone()
    {
        var coverage = new ConcurrencyCoverage();

        var report = CoverageReport.Markdown(coverage);

        Assert.Contains("## Calls that never overlapped another call", report, StringComparison.Ordinal);
        Assert.Contains("`zx_vmo_transfer_data`", report, StringComparison.Ordinal);
        Assert.Contains($"0 of {SyscallCatalogue.Records.Count} call records", report, StringComparison.Ordinal);
    }

    private static CallRecordCoverage Record(ConcurrencyCoverage coverage, string name) => coverage.Calls.Single(c => c.Name == name).Coverage;

    private static CallLinearizedNotification Linearized(long id, Syscall call, params ulong[] touched) =>
        new(Process, call, SyscallResult.ZxOk(), [], [], [], null) { RequestId = id, Touched = [.. touched] };

    private static VmoFacts Facts(ulong koid, ulong size) =>
        new(koid, size, 0, false, false, ImmutableSortedDictionary<ulong, ulong>.Empty, ImmutableSortedDictionary<ulong, int>.Empty);
}
