using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>REF-01 compares physical addresses up to a consistent renaming while pages stay pinned, and exactly everything else.</summary>
public sealed class PhysicalAddressRenamingTests
{
    private const ulong P0 = 1024;
    private readonly PhysicalAddressRenaming _renaming = new();

    [Fact]
    public void DifferentFramesForTheSamePinAgree()
    {
        Assert.Null(_renaming.Compare(P0, Pin(), PinResult(0x23, 0x8000_5000, 0x8000_6000), PinResult(0x23, 0x8000_0000, 0x8000_1000)));
    }

    [Fact]
    public void AKernelFrameThatStandsForTwoModelFramesDisagrees()
    {
        Assert.Null(_renaming.Compare(P0, Pin(), PinResult(0x23, 0x8000_5000), PinResult(0x23, 0x8000_0000)));

        var difference = _renaming.Compare(P0, Pin(), PinResult(0x2b, 0x8000_5000), PinResult(0x2b, 0x8000_1000));

        Assert.StartsWith("physical address 0x80005000 cannot stand for model address 0x80001000", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoKernelFramesForOneModelFrameDisagreeWithinOnePin()
    {
        var difference = _renaming.Compare(P0, Pin(), PinResult(0x23, 0x8000_5000, 0x8000_6000), PinResult(0x23, 0x8000_0000, 0x8000_0000));

        Assert.NotNull(difference);
    }

    [Fact]
    public void UnpinForgetsThePairsSoFramesMayBeReused()
    {
        Assert.Null(_renaming.Compare(P0, Pin(), PinResult(0x23, 0x8000_5000), PinResult(0x23, 0x8000_0000)));
        Assert.Null(_renaming.Compare(P0, new PmtUnpin(0x23), SyscallResult.ZxOk(), SyscallResult.ZxOk()));

        Assert.Null(_renaming.Compare(P0, Pin(), PinResult(0x2b, 0x8000_5000), PinResult(0x2b, 0x8000_1000)));
    }

    [Fact]
    public void StatusesAndOtherValuesCompareExactly()
    {
        Assert.Equal("status ZX_OK 1 but the model says ZX_ERR_NOT_FOUND",
            _renaming.Compare(P0, new VmoRead(0x23, 0, 4096), SyscallResult.ZxOk(Value.Int(1)), SyscallResult.Error(Status.ZxErrNotFound)));
        Assert.Equal("value 2 but the model says 1",
            _renaming.Compare(P0, new VmoGetSize(0x23), SyscallResult.ZxOk(Value.Int(2)), SyscallResult.ZxOk(Value.Int(1))));
    }

    private static BtiPin Pin() => new(0x13, BtiOptions.PermRead, 0x1b, 0, 4096);

    private static SyscallResult PinResult(ulong pmt, params ulong[] addresses) =>
        SyscallResult.ZxOk(Value.Record(("pmt", Value.Int(pmt)), ("addrs", Value.List(addresses.Select(Value.Int)))));
}
