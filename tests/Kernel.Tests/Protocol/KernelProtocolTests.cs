using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel;
using VmoKernel.Tests.Kernel.Exploration;

namespace VmoKernel.Tests.Kernel.Protocol;

/// <summary>
/// The kernel's own concurrency protocol, checked by its results alone (no monitors): racing calls
/// under 100 schedules of the <c>ci</c> profile give results some serial order would give, and never
/// deadlock. Each property has its seeded-bug twin, which the same drive must catch within 500 PCT schedules.
/// </summary>
public sealed class KernelProtocolTests() : ExplorationTest("ci")
{
    private const uint Iterations = 100;

    /// <summary>A twin stops at its first bug, so a larger budget costs only when the race is rare under this schedule mix.</summary>
    private const uint TwinIterations = 500;

    private static readonly ExplorationProfile Pct = ProfileCatalog.LoadNearest().Find("pct");
    private static readonly uint A = KernelLayout.HandleValue(4);
    private static readonly uint B = KernelLayout.HandleValue(5);
    private const uint Bti = 0x13;
    private const ulong Page = KernelLayout.PageSize;
    private const uint PinPerms = BtiOptions.PermRead | BtiOptions.PermWrite;

    [Fact]
    [Trait("spec", "LIVE-02")]
    [Trait("spec", "INV-XFER-02")]
    public void OppositeTransfersAlwaysCompleteAndMoveInSomeOrder() =>
        Assert.Null(Explore(SeededBugSet.None, OppositeTransfers(), TransfersNeverDeadlockMonitor.SpecId));

    [Fact]
    [Trait("must-fail-twin", "LIVE-02")]
    public void OppositeTransfersDeadlockWhenTakenOutOfKoidOrder() =>
        Assert.Equal("LIVE-02", Explore(SeededBugSet.Of(SeededBug.OppositeTransfersDeadlock), OppositeTransfers(), TransfersNeverDeadlockMonitor.SpecId)?.SpecId);

    [Fact]
    [Trait("spec", "INV-DISC-01")]
    public void LockRacingReclaimKeepsWhatItDoesNotReportDiscarded() =>
        Assert.Null(Explore(SeededBugSet.None, LockAgainstReclaim()));

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-01")]
    public void ReclaimerTrustingItsPeekDiscardsALockedVmo() =>
        Assert.Equal("INV-DISC-01", Explore(SeededBugSet.Of(SeededBug.DiscardIgnoresConcurrentLock), LockAgainstReclaim())?.SpecId);

    [Fact]
    [Trait("spec", "INV-DISC-07")]
    public void TwoUnlocksOfOneLockSucceedOnce() =>
        Assert.Null(Explore(SeededBugSet.None, RacingUnlocks()));

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-07")]
    public void UnlockCheckingAStaleCountSucceedsTwice() =>
        Assert.Equal("INV-DISC-07", Explore(SeededBugSet.Of(SeededBug.UnlockDoubleDecrement), RacingUnlocks())?.SpecId);

    [Fact]
    [Trait("spec", "INV-PIN-01")]
    public void PinRacingTransferNeverSeesItsPageMove() =>
        Assert.Null(Explore(SeededBugSet.None, PinAgainstTransfer()));

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void TransferCheckingStalePinsMovesAPinnedPage() =>
        Assert.Equal("INV-PIN-01", Explore(SeededBugSet.Of(SeededBug.TransferMovesPagePinnedMidOperation), PinAgainstTransfer())?.SpecId);

    [Fact]
    [Trait("spec", "INV-INFO-05")]
    public void GetinfoDuringATransferCountsEveryPageOnce() =>
        Assert.Null(Explore(SeededBugSet.None, GetinfoAgainstTransfer()));

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-05")]
    public void GetinfoReadingOneObjectAtATimeCountsAMovedPageTwice() =>
        Assert.Equal("INV-INFO-05", Explore(SeededBugSet.Of(SeededBug.GetinfoReadsProcessesOneAtATime), GetinfoAgainstTransfer())?.SpecId);

    /// <summary>
    /// Runs the drive under the profile's strategy for <see cref="Iterations"/> schedules; the first bug
    /// classified by its spec ID as <c>checks explore</c> would (a deadlock is <paramref name="deadlockSpecId"/>), or null.
    /// </summary>
    private ExplorationFailure? Explore(SeededBugSet bugs, Func<ActorKernel, DriveEvent> drive, string deadlockSpecId = CallsAreAnsweredMonitor.SpecId)
    {
        // A twin hunts under PCT as well: its race is a window of a few steps, which uniform random
        // scheduling hits or misses by the luck of its seed (an extra actor in the kernel once hid two).
        var (profile, iterations) = bugs.Bugs.IsEmpty ? (Profile, Iterations) : (Pct, TwinIterations);
        var configuration = CoyoteConfigurations.ForExploration(profile, ExplorationBudget.OfIterations(iterations));
        using var engine = TestingEngine.Create(configuration, runtime =>
        {
            var kernel = KernelHost.Start(runtime, new KernelOptions { Bugs = bugs });
            runtime.CreateActor(typeof(ConcurrentCallsDriverActor), drive(kernel));
        });
        engine.Run();
        return engine.TestReport.BugReports.FirstOrDefault() is { } report ? FailureClassifier.Classify(report, deadlockSpecId) : null;
    }

    private static Func<ActorKernel, DriveEvent> OppositeTransfers() => kernel => new DriveEvent(
        kernel,
        [new VmoCreate(2 * Page, 0), new VmoCreate(2 * Page, 0), new VmoWrite(A, 0, Fill(0xaa)), new VmoWrite(B, 0, Fill(0xbb))],
        [new VmoTransferData(A, 0, 0, Page, B, 0), new VmoTransferData(B, 0, 0, Page, A, 0)],
        [new VmoRead(A, 0, Page), new VmoRead(B, 0, Page)],
        results =>
        {
            if (results.Racing.Any(r => r.Status != Status.ZxOk))
            {
                return $"LIVE-02: a transfer failed: {string.Join(", ", results.Racing)}";
            }

            var (a, b) = (Bytes(results.FollowUp[0]), Bytes(results.FollowUp[1]));
            var serial = (a.Equals(Zeros()) && b.Equals(Fill(0xbb))) || (a.Equals(Fill(0xaa)) && b.Equals(Zeros()));
            return serial ? null : $"INV-XFER-02: contents match no serial order: A = {a}, B = {b}";
        });

    private static Func<ActorKernel, DriveEvent> LockAgainstReclaim() => kernel => new DriveEvent(
        kernel,
        // Lockless: a regular VMO's LOCK also takes it off the reclaimable state, which the reclaimer reads under the lock.
        [new VmoCreate(Page, VmoOptions.DiscardableLockless), new VmoOpRange(A, VmoOp.Lock, 0, Page), new VmoWrite(A, 0, Fill(0x11)), new VmoOpRange(A, VmoOp.Unlock, 0, Page)],
        [new VmoOpRange(A, VmoOp.Lock, 0, Page), new Reclaim(PressureLevel.Critical)],
        [new VmoRead(A, 0, Page)],
        results =>
        {
            var discarded = ((RecordValue)results.Racing[0].Value)["discarded_size"] is IntValue { Number: > 0 };
            var expected = discarded ? Zeros() : Fill(0x11);
            var read = results.FollowUp[0];
            return read.Value is BytesValue { Bytes: var bytes } && bytes.Equals(expected)
                ? null
                : $"INV-DISC-01: LOCK reported discarded = {discarded}, then the locked VMO read {read}";
        });

    private static Func<ActorKernel, DriveEvent> RacingUnlocks() => kernel => new DriveEvent(
        kernel,
        [new VmoCreate(Page, VmoOptions.Discardable), new VmoOpRange(A, VmoOp.Lock, 0, Page)],
        [new VmoOpRange(A, VmoOp.Unlock, 0, Page), new VmoOpRange(A, VmoOp.Unlock, 0, Page)],
        [],
        results =>
        {
            var statuses = results.Racing.Select(r => r.Status).Order().ToList();
            return statuses.SequenceEqual([Status.ZxOk, Status.ZxErrBadState])
                ? null
                : $"INV-DISC-07: two unlocks of one lock gave {string.Join(", ", statuses)}";
        });

    private static Func<ActorKernel, DriveEvent> PinAgainstTransfer() => kernel => new DriveEvent(
        kernel,
        [new VmoCreate(Page, 0), new VmoCreate(Page, 0), new VmoWrite(A, 0, Fill(0x22))],
        [new BtiPin(Bti, PinPerms, A, 0, Page), new VmoTransferData(B, 0, 0, Page, A, 0)],
        [new BtiPin(Bti, PinPerms, B, 0, Page)],
        results =>
        {
            var (pin, transfer) = (results.Racing[0], results.Racing[1]);
            if (pin.Status != Status.ZxOk)
            {
                return $"INV-PIN-02: pin failed: {pin}";
            }

            var pinned = Address(pin);
            var destination = Address(results.FollowUp[0]);
            return transfer.Status == Status.ZxOk && pinned == destination
                ? $"INV-PIN-01: the page pinned at 0x{pinned:x} moved to the destination"
                : null;
        });

    private static Func<ActorKernel, DriveEvent> GetinfoAgainstTransfer() => kernel => new DriveEvent(
        kernel,
        [new VmoCreate(Page, 0), new VmoCreate(Page, 0), new VmoWrite(A, 0, Fill(0x33))],
        [new VmoTransferData(B, 0, 0, Page, A, 0), new ProcessGetinfo([kernel.InitialProcess], 0, ProcessInfoOptions.CommittedBytes, 4096)],
        [],
        results =>
        {
            var buffer = ((BytesValue)((RecordValue)results.Racing[1].Value)["buffer"]!).Bytes.Bytes.AsSpan();
            var committed = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(buffer[(8 + 24)..]);
            return committed == Page ? null : $"INV-INFO-05: getinfo counted {committed} committed bytes for one page";
        });

    private static ByteString Fill(byte value) => ByteString.Of(Enumerable.Repeat(value, (int)Page).ToArray());

    private static ByteString Zeros() => ByteString.Zeros((int)Page);

    private static ByteString Bytes(SyscallResult result) => ((BytesValue)result.Value).Bytes;

    private static ulong Address(SyscallResult pin) => ((IntValue)((ListValue)((RecordValue)pin.Value)["addrs"]!).Items[0]).Number;
}
