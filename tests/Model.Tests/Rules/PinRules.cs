using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_bti_pin / zx_pmt_unpin: addresses, order of checks, D-14, INV-PIN-*.</summary>
public sealed class PinRules
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "INV-PIN-02")]
    [Trait("spec", "INV-MEM-05")]
    public void PinReturnsTheFramesPhysicalAddressesInPageOrder()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        var pin = k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 0, 2 * Page));
        var addrs = Assert.IsType<ListValue>(pin["addrs"]).Items.ToArray();
        Assert.Equal([Value.Int(KernelLayout.FrameBase), Value.Int(KernelLayout.FrameBase + Page)], addrs);
    }

    [Fact]
    [Trait("spec", "INV-PIN-05")]
    public void TheBtiHandleComesBeforeAlignmentAndAlignmentBeforeTheVmoHandle()
    {
        var k = new KernelScript();
        k.Expect(Status.ZxErrBadHandle, new BtiPin(0x7, BtiOptions.PermRead, 0x7, 1, Page));
        k.Expect(Status.ZxErrInvalidArgs, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, 0x7, 1, Page));
        k.Expect(Status.ZxErrBadHandle, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, 0x7, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-PIN-05")]
    public void ZeroSizeIsInvalidArgsBeforeTheRangeAndNoPermissionIsInvalidArgs()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrInvalidArgs, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 8 * Page, 0));
        k.Expect(Status.ZxErrOutOfRange, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, Page, Page));
        k.Expect(Status.ZxErrInvalidArgs, new BtiPin(KernelScript.Bti, 0, v, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-PIN-05")]
    [Trait("spec", "INV-RIGHTS-01")]
    public void PinNeedsTheMapRightAndTheRightsOfItsPermissions()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var noMap = k.Handle(new HandleDuplicate(v, (uint)(Rights.Read | Rights.Write)));
        var readMap = k.Handle(new HandleDuplicate(v, (uint)(Rights.Read | Rights.Map)));
        k.Expect(Status.ZxErrAccessDenied, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, noMap, 0, Page));
        k.Expect(Status.ZxErrAccessDenied, new BtiPin(KernelScript.Bti, BtiOptions.PermWrite, readMap, 0, Page));
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, readMap, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-PIN-04")]
    public void UnpinConsumesThePmtHandle()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var pmt = (uint)((IntValue)k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 0, Page))["pmt"]!).Number;
        k.Expect(Status.ZxOk, new PmtUnpin(pmt));
        k.Expect(Status.ZxErrBadHandle, new PmtUnpin(pmt));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Decommit, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-PIN-03")]
    [Trait("spec", "INV-PIN-07")]
    [Trait("spec", "INV-PIN-08")]
    public void ClosingAPmtWithoutUnpinningLeavesThePagesPinnedForGood()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Resizable));
        var pmt = (uint)((IntValue)k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 0, Page))["pmt"]!).Number;
        k.Expect(Status.ZxOk, new HandleClose(pmt));
        k.Expect(Status.ZxErrBadState, new VmoOpRange(v, VmoOp.Decommit, 0, Page));
        k.Expect(Status.ZxErrBadState, new VmoSetSize(v, 0));
        k.Expect(Status.ZxOk, new HandleClose(v));
        Assert.Single(k.State.Vmos);
        var other = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrBadState, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, other, 0, Page));
        k.Expect(Status.ZxErrBadState, new BtiPin(KernelScript.Bti, 0, other, 0, Page));
        k.Expect(Status.ZxErrInvalidArgs, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, other, 0, 0));
        k.Expect(Status.ZxErrOutOfRange, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, other, Page, Page));
    }

    [Fact]
    [Trait("spec", "INV-PIN-06")]
    public void ZeroOfAPinnedPageKeepsItsFrame()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("z")));
        var frame = k.Vmo(v).Pages[0].Frame;
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Zero, 0, Page));
        Assert.Equal(frame, k.Vmo(v).Pages[0].Frame);
        Assert.Equal(new byte[1], k.Bytes(new VmoRead(v, 0, 1)));
    }

    // Regression pinned from an FsCheck counterexample (EveryInvariantHoldsAfterEveryStep, 3000 cases):
    //   Shrunk:
    //     0: CreatePhysical(#6, #0, 0xfffffffffffff000, 0x3000, 0x1000, 0xa, len 8192)
    //     1: Pin(#0, #6, 0xfffffffffffe1000, 0x1000, 0x2000, 0x3, len 0, exact)
    //   ---- System.ArgumentOutOfRangeException : Specified argument was out of the range of valid values. (Parameter 'capacity')
    // Pinning a whole physical VMO near 2^64 tried to build an address list of 2^52 entries.
    [Fact]
    [Trait("spec", "INV-STATE-05")]
    public void PinningMorePagesThanOneCallMayPinIsNoMemoryNotACrash()
    {
        var k = new KernelScript();
        var physical = k.Handle(new VmoCreatePhysical(KernelScript.RootResource, 0x1000, 0xffff_ffff_ffff_f000));
        var size = k.Int(new VmoGetSize(physical));
        var before = k.State;
        k.Expect(Status.ZxErrNoMemory, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, physical, 0, size));
        Assert.Same(before, k.State);
    }
}
