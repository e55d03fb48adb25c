using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_vmo_transfer_data: D-1, D-2, D-3 (check order), D-11 (NO_MEMORY prefix), D-13, INV-XFER-*.</summary>
public sealed class TransferDataRules
{
    private const ulong Page = KernelLayout.PageSize;
    private const uint Bogus = 0x7;

    [Fact]
    [Trait("spec", "INV-XFER-04")]
    public void OptionsAndAlignmentAreCheckedBeforeAnyHandle()
    {
        var k = new KernelScript();
        k.Expect(Status.ZxErrInvalidArgs, new VmoTransferData(Bogus, 1, 0, Page, Bogus, 0));
        k.Expect(Status.ZxErrInvalidArgs, new VmoTransferData(Bogus, 0, 1, Page, Bogus, 0));
        k.Expect(Status.ZxErrInvalidArgs, new VmoTransferData(Bogus, 0, 0, Page, Bogus, 7));
    }

    [Fact]
    [Trait("spec", "INV-XFER-04")]
    public void TheDestinationHandleIsCheckedBeforeTheSource()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var readOnly = k.Handle(new HandleDuplicate(v, (uint)Rights.Read));
        k.Expect(Status.ZxErrBadHandle, new VmoTransferData(Bogus, 0, 0, Page, Bogus, 0));
        k.Expect(Status.ZxErrWrongType, new VmoTransferData(KernelScript.Bti, 0, 0, Page, Bogus, 0));
        k.Expect(Status.ZxErrAccessDenied, new VmoTransferData(readOnly, 0, 0, Page, Bogus, 0));
        k.Expect(Status.ZxErrBadHandle, new VmoTransferData(v, 0, 0, Page, Bogus, 0));
        k.Expect(Status.ZxErrAccessDenied, new VmoTransferData(v, 0, 0, Page, readOnly, 0));
    }

    [Fact]
    [Trait("spec", "INV-XFER-05")]
    public void TheSameVmoOnBothSidesIsInvalidArgsEvenThroughTwoHandles()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        var twin = k.Handle(new HandleDuplicate(v, (uint)Rights.SameRights));
        k.Expect(Status.ZxErrInvalidArgs, new VmoTransferData(v, 0, 0, Page, twin, 0));
        k.Expect(Status.ZxErrInvalidArgs, new VmoTransferData(v, 0, 0, Page, v, Page));
    }

    [Fact]
    [Trait("spec", "INV-XFER-04")]
    public void ContiguousIsNotSupportedBeforeAnOutOfRangeLength()
    {
        var k = new KernelScript();
        var contiguous = k.Handle(new VmoCreateContiguous(KernelScript.Bti, Page, 0));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrNotSupported, new VmoTransferData(contiguous, 0, 0, 8 * Page, src, 0));
    }

    [Fact]
    [Trait("spec", "INV-XFER-04")]
    public void OutOfRangeComesBeforeTheSourceShapeAndTheShapeBeforePins()
    {
        var k = new KernelScript();
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Handle(new VmoCreateChild(src, ChildOptions.Snapshot, 0, Page));
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrOutOfRange, new VmoTransferData(dst, 0, 0, 2 * Page, src, 0));
        k.Expect(Status.ZxErrOutOfRange, new VmoTransferData(dst, 0, ulong.MaxValue - Page + 1, Page, src, 0));
        k.Expect(Status.ZxErrBadState, new VmoTransferData(dst, 0, 0, Page, src, 0));
    }

    [Fact]
    [Trait("spec", "INV-XFER-04")]
    public void AChildAsSourceOrAPagerBackedSourceIsBadState()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrBadState, new VmoTransferData(dst, 0, 0, Page, child, 0));
        var pager = k.Handle(new PagerCreate(0));
        var port = k.Handle(new PortCreate(0));
        var paged = k.Handle(new PagerCreateVmo(pager, 0, port, 0, Page));
        k.Expect(Status.ZxErrBadState, new VmoTransferData(dst, 0, 0, Page, paged, 0));
    }

    [Fact]
    [Trait("spec", "INV-XFER-01")]
    [Trait("spec", "INV-XFER-04")]
    [Trait("spec", "INV-PIN-03")]
    public void PinnedPagesOnEitherSideAreBadStateAndNothingMoves()
    {
        var k = new KernelScript();
        var src = k.Handle(new VmoCreate(Page, 0));
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("s")));
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, dst, 0, Page));
        var before = k.State;
        k.Expect(Status.ZxErrBadState, new VmoTransferData(dst, 0, 0, Page, src, 0));
        Assert.Same(before, k.State);
    }

    [Fact]
    [Trait("spec", "INV-XFER-11")]
    public void ADiscardedDestinationIsBadStateAfterThePinCheck()
    {
        var k = new KernelScript();
        var dst = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Record(new VmoOpRange(dst, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(dst, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrBadState, new VmoTransferData(dst, 0, 0, Page, src, 0));
    }

    [Fact]
    [Trait("spec", "INV-XFER-07")]
    public void ATransferMovesFramesNotBytes()
    {
        var k = new KernelScript();
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("frame")));
        var frame = k.Vmo(src).Pages[0].Frame;
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoTransferData(dst, 0, 0, Page, src, 0));
        Assert.Equal(frame, k.Vmo(dst).Pages[0].Frame);
        Assert.Empty(k.Vmo(src).Pages);
    }

    [Fact]
    [Trait("spec", "INV-XFER-03")]
    [Trait("spec", "INV-XFER-08")]
    public void SnapshotChildrenOfTheDestinationKeepTheOldContents()
    {
        var k = new KernelScript();
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(dst, 0, KernelScript.Text("old")));
        var snapshot = k.Handle(new VmoCreateChild(dst, ChildOptions.Snapshot, 0, Page));
        var slice = k.Handle(new VmoCreateChild(dst, ChildOptions.Slice, 0, Page));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("new")));
        k.Expect(Status.ZxOk, new VmoTransferData(dst, 0, 0, Page, src, 0));
        Assert.Equal("old"u8.ToArray(), k.Bytes(new VmoRead(snapshot, 0, 3)));
        Assert.Equal("new"u8.ToArray(), k.Bytes(new VmoRead(slice, 0, 3)));
    }

    [Fact]
    [Trait("spec", "INV-XFER-06")]
    public void NoMemoryForASnapshotDestinationThatCannotOwnItsRangeMovesNothing()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(3 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, Page, KernelScript.Text("old")));
        var dst = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, 3 * Page));
        k.Expect(Status.ZxOk, new VmoWrite(dst, 0, KernelScript.Text("d0")));
        var src = k.Handle(new VmoCreate(3 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("p0")));
        k.Expect(Status.Ok, new SetFreeFrames(1));
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, 3 * Page, src, 0);
        var result = k.Call(call);
        Assert.Equal(Status.ZxErrNoMemory, result.Status);
        Assert.Equal(before.Vmos, k.State.Vmos);
        Assert.Equal("d0"u8.ToArray(), k.Bytes(new VmoRead(dst, 0, 2)));
        Assert.Equal("old"u8.ToArray(), k.Bytes(new VmoRead(dst, Page, 3)));
        Assert.Empty(Transitions.Check(before, k.Process, call, result, k.State));
    }

    [Fact]
    [Trait("spec", "INV-XFER-07")]
    public void AnUncommittedSourcePageLeavesAZeroMarkerThatHidesTheDestinationsCapture()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("old")));
        var dst = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.Ok, new SetFreeFrames(1));
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, Page, src, 0);
        var result = k.Call(call);
        Assert.Equal(Status.ZxOk, result.Status);
        Assert.Equal(new byte[3], k.Bytes(new VmoRead(dst, 0, 3)));
        Assert.Empty(k.Vmo(dst).Pages);
        Assert.Equal(before.Memory.Free, k.State.Memory.Free);
        Assert.Empty(Transitions.Check(before, k.Process, call, result, k.State));
    }
}
