using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel.Notifications;
using static VmoKernel.Tests.Kernel.Monitors.MonitorRun;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// INV-DISC-04 refuses reads and writes of a non-zero length on a discarded, unlocked VMO: one of nothing
/// succeeds once its range checks pass (the Generated harness found the monitor flagging
/// zx_vmo_read(vmo, size, 0), which rightly answered OK); one of a byte or more must not.
/// </summary>
public sealed class DiscardedVmoMonitorTests
{
    private const ulong Page = KernelLayout.PageSize;
    private const ulong Koid = 1034;
    private const uint Handle = 0x53;

    /// <summary>A discardable VMO of two pages, seen discarded and unlocked (the monitor folds only the facts).</summary>
    private static CallLinearizedNotification CreatedDiscarded() => Call(
        new VmoCreate(2 * Page, VmoOptions.Discardable), Ok(Value.Int(Handle)),
        vmos: [new VmoFacts(Koid, 2 * Page, 0, true, false, ImmutableSortedDictionary<ulong, ulong>.Empty, ImmutableSortedDictionary<ulong, int>.Empty)]);

    [Theory]
    [Trait("spec", "INV-DISC-04")]
    [InlineData(0UL)]
    [InlineData(2 * Page)]
    public void AReadOrWriteOfNothingOnADiscardedVmoMaySucceed(ulong offset)
    {
        Assert.Null(FirstFailure<DiscardedVmoRefusesAccessMonitor>(CreatedDiscarded(), Call(new VmoRead(Handle, offset, 0), Ok(Value.Of(ByteString.Empty)))));
        Assert.Null(FirstFailure<DiscardedVmoRefusesAccessMonitor>(CreatedDiscarded(), Call(new VmoWrite(Handle, offset, ByteString.Empty), Ok())));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-04")]
    public void AReadOfAByteOnADiscardedVmoThatSucceedsBreaksInvDisc04() =>
        Assert.Equal(DiscardedVmoRefusesAccessMonitor.SpecId, FirstFailure<DiscardedVmoRefusesAccessMonitor>(
            CreatedDiscarded(), Call(new VmoRead(Handle, 0, 1), Ok(Value.Of(ByteString.Empty)))));
}
