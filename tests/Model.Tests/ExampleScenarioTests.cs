using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model;

/// <summary>The scenario language's example scenarios (scenarios/examples.scn, copied from the source set), written as direct model calls.</summary>
public sealed class ExampleScenarioTests
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    public void WriteThenReadBackThroughTheVmoAndThroughAMapping()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 10, KernelScript.Text("hello\n")));
        Assert.Equal("hello\n"u8.ToArray(), k.Bytes(new VmoRead(v, 10, 6)));
        var a = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, v, 0, 2 * Page));
        Assert.Equal(KernelLayout.RootVmarBase, a);
        Assert.Equal("hello"u8.ToArray(), k.Bytes(new MemRead(a + 10, 5)));
        Assert.Equal(2 * Page, k.Int(new VmoGetSize(v)));
    }

    [Fact]
    public void ADiscardableVmoReportsItsFirstLockAsNotDiscarded()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        var st = k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        Assert.Equal(Value.Int(0), st["discarded_size"]);
        Assert.Equal(Value.Int(Page), st["size"]);
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
    }

    [Fact]
    public void UnlockedLocklessMemoryIsLostUnderPressureAndReadsBackAsZeros()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, ByteString.Of([1, 2, 3])));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Critical));
        Assert.Equal(new byte[3], k.Bytes(new VmoRead(v, 0, 3)));
    }

    [Fact]
    public void TransferOverwritesTheDestinationAndZeroesTheSource()
    {
        var k = new KernelScript();
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Fill(0x53, (int)Page)));
        var dst = k.Handle(new VmoCreate(3 * Page, 0));
        k.Expect(Status.ZxOk, new VmoTransferData(dst, 0, 2 * Page, Page, src, 0));
        var read = k.Bytes(new VmoRead(dst, Page, 2 * Page));
        Assert.All(read.Take((int)Page), b => Assert.Equal(0, b));
        Assert.All(read.Skip((int)Page), b => Assert.Equal(0x53, b));
        Assert.All(k.Bytes(new VmoRead(src, 0, Page)), b => Assert.Equal(0, b));
    }

    [Fact]
    public void ATransferWhoseSourceLacksWriteIsDeniedAndMovesNothing()
    {
        var k = new KernelScript();
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("keep")));
        var ro = k.Handle(new HandleDuplicate(src, (uint)Rights.Read));
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrAccessDenied, new VmoTransferData(dst, 0, 0, Page, ro, 0));
        Assert.Equal("keep"u8.ToArray(), k.Bytes(new VmoRead(src, 0, 4)));
        Assert.Equal(new byte[4], k.Bytes(new VmoRead(dst, 0, 4)));
    }

    [Fact]
    public void PinningReturnsOnePhysicalAddressPerPage()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        var pin = k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead | BtiOptions.PermWrite, v, 0, 2 * Page));
        Assert.Equal(2, Assert.IsType<ListValue>(pin["addrs"]).Items.Length);
        k.Expect(Status.ZxOk, new PmtUnpin((uint)Assert.IsType<IntValue>(pin["pmt"]).Number));
    }

    [Fact]
    public void WrappingArithmeticReachesTheTopOfTheAddressSpace()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrOutOfRange, new VmoRead(v, ulong.MaxValue - Page + 1, Page));
        Assert.Equal(new byte[1], k.Bytes(new VmoRead(v, 0, 1)));
    }
}
