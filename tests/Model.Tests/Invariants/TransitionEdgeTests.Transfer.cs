using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>TransferTransitions: same VMO (INV-XFER-05), the moved bytes and frames (INV-XFER-02, -07), snapshots (INV-XFER-03), NO_MEMORY prefixes (INV-XFER-06).</summary>
public sealed partial class TransitionEdgeTests
{
    /// <summary>A destination and a source of <paramref name="pages"/> pages; the source is written at the given pages only.</summary>
    private static (KernelScript K, uint Dst, uint Src) TransferPair(ulong pages, params ulong[] written)
    {
        var k = new KernelScript();
        var dst = k.Handle(new VmoCreate(pages * Page, 0));
        var src = k.Handle(new VmoCreate(pages * Page, 0));
        foreach (var page in written)
        {
            k.Expect(Status.ZxOk, new VmoWrite(src, page * Page, KernelScript.Text($"s{page}")));
        }

        return (k, dst, src);
    }

    /// <summary>Runs a transfer the model accepts and shows that the correct step is not reported.</summary>
    private static (KernelState Before, SyscallResult Result) Transferred(KernelScript k, VmoTransferData call)
    {
        var before = k.State;
        var result = k.Call(call);
        Assert.True(result.Succeeded, $"{call}: {result}");
        Assert.Empty(Messages(before, call, result, k.State));
        return (before, result);
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-05")]
    public void ATransferWithOneVmoOnBothSidesThatSucceededBreaksInvXfer05()
    {
        var (k, _, src) = TransferPair(1, 0);
        var before = k.State;
        var call = new VmoTransferData(src, 0, 0, Page, src, 0);
        var refused = k.Call(call);
        Assert.Equal(Status.ZxErrInvalidArgs, refused.Status);
        Assert.Empty(Messages(before, call, refused, k.State));
        Assert.Equal([$"INV-XFER-05: {call} with one VMO on both sides succeeded"], Messages(before, call, SyscallResult.ZxOk(), before));
    }

    [Fact]
    public void ATransferIntoASliceIsJudgedAtTheSlicesOffsetInItsParent()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, Page, Page));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("s")));
        var call = new VmoTransferData(slice, 0, 0, Page, src, 0);
        var (before, result) = Transferred(k, call);
        var vp = k.Vmo(parent);
        var wrong = k.State.WithVmo(WithPage(vp, 1, vp.Pages[1] with { Data = Bytes("x") }));
        Assert.Equal([$"INV-XFER-02: {call}: destination page 1 does not hold the source's old page 0"], Messages(before, call, result, wrong));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ADestinationPageWithTheWrongBytesIsNamedByBothPageNumbers()
    {
        var (k, dst, src) = TransferPair(2, 1);
        var call = new VmoTransferData(dst, 0, 0, 2 * Page, src, 0);
        var (before, result) = Transferred(k, call);
        var vd = k.Vmo(dst);
        var wrong = k.State.WithVmo(WithPage(vd, 1, vd.Pages[1] with { Data = Bytes("x") }));
        Assert.Equal([$"INV-XFER-02: {call}: destination page 1 does not hold the source's old page 1"], Messages(before, call, result, wrong));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ATransferBetweenOffsetsPastTheFirstPageIsJudgedAtThoseOffsets()
    {
        var (k, dst, src) = TransferPair(2, 1);
        var call = new VmoTransferData(dst, 0, Page, Page, src, Page);
        var (before, result) = Transferred(k, call);
        var vd = k.Vmo(dst);
        var wrong = k.State.WithVmo(WithPage(vd, 1, vd.Pages[1] with { Data = Bytes("x") }));
        Assert.Equal([$"INV-XFER-02: {call}: destination page 1 does not hold the source's old page 1"], Messages(before, call, result, wrong));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-07")]
    public void TheRightBytesOnAnotherFrameBreakInvXfer07()
    {
        var (k, dst, src) = TransferPair(2, 1);
        var call = new VmoTransferData(dst, 0, 0, 2 * Page, src, 0);
        var (before, result) = Transferred(k, call);
        var frame = before.Vmos[k.Vmo(src).Koid].Pages[1].Frame;
        var vd = k.Vmo(dst);
        var copied = k.State.WithVmo(WithPage(vd, 1, vd.Pages[1] with { Frame = k.State.Memory.NextFresh }));
        Assert.Equal([$"INV-XFER-07: {call}: source frame {frame} of page 1 did not move to destination page 1"], Messages(before, call, result, copied));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ATransferThatDroppedASourcePageBreaksInvXfer02AndInvXfer07()
    {
        var (k, dst, src) = TransferPair(2, 1);
        var call = new VmoTransferData(dst, 0, 0, 2 * Page, src, 0);
        var (before, result) = Transferred(k, call);
        var frame = before.Vmos[k.Vmo(src).Koid].Pages[1].Frame;
        var dropped = k.State.WithVmo(WithoutPage(k.Vmo(dst), 1));
        Assert.Equal(
            [
                $"INV-XFER-02: {call}: destination page 1 does not hold the source's old page 1",
                $"INV-XFER-07: {call}: source frame {frame} of page 1 did not move to destination page 1",
            ],
            Messages(before, call, result, dropped));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-07")]
    public void AZeroFrameForAnUncommittedSourcePageIsNotAZeroMarker()
    {
        var (k, dst, src) = TransferPair(2, 0);
        var call = new VmoTransferData(dst, 0, 0, 2 * Page, src, 0);
        var (before, result) = Transferred(k, call);
        var frame = k.State.Memory.NextFresh;
        var filled = k.State.WithVmo(WithPage(k.Vmo(dst), 1, new PageSlot(frame, PageBytes.Zero)));
        Assert.Equal([$"INV-XFER-07: {call}: destination page 1 holds frame {frame} for uncommitted source page 1, not a zero marker"], Messages(before, call, result, filled));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ASourceLeftHoldingAZeroFrameDoesNotReadZeroAfterwards()
    {
        var (k, dst, src) = TransferPair(2, 0);
        var call = new VmoTransferData(dst, 0, 0, 2 * Page, src, 0);
        var (before, result) = Transferred(k, call);
        var kept = k.State.WithVmo(WithPage(k.Vmo(src), 1, new PageSlot(k.State.Memory.NextFresh, PageBytes.Zero)));
        Assert.Equal([$"INV-XFER-02: {call}: source page 1 does not read zero afterwards"], Messages(before, call, result, kept));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ADestinationThatLostItsOwnPageAndShowsItsParentAgainBreaksInvXfer02()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("p")));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.SnapshotAtLeastOnWrite, 0, Page));
        k.Expect(Status.ZxOk, new VmoWrite(child, 0, KernelScript.Text("c")));
        var src = k.Handle(new VmoCreate(Page, 0));
        var call = new VmoTransferData(child, 0, 0, Page, src, 0);
        var (before, result) = Transferred(k, call);
        var unhidden = k.Vmo(child) with { Hidden = before.Vmos[k.Vmo(child).Koid].Hidden };
        Assert.Equal([$"INV-XFER-02: {call}: destination page 0 does not hold the source's old page 0"], Messages(before, call, result, k.State.WithVmo(unhidden)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ASnapshotDestinationThatGainedACapturedPageBreaksInvXfer02()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("p")));
        var snapshot = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, 2 * Page));
        var src = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("s")));
        var call = new VmoTransferData(snapshot, 0, 0, 2 * Page, src, 0);
        var (before, result) = Transferred(k, call);
        var vs = k.Vmo(snapshot);
        var captured = k.State.WithVmo(vs with { Captured = vs.Captured.SetItem(1, Bytes("x")) });
        Assert.Equal([$"INV-XFER-02: {call}: destination page 1 does not hold the source's old page 1"], Messages(before, call, result, captured));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-03")]
    public void ATransferThatChangedASnapshotOfTheDestinationBreaksInvXfer03()
    {
        var k = new KernelScript();
        var dst = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(dst, 0, KernelScript.Text("d")));
        var snapshot = k.Handle(new VmoCreateChild(dst, ChildOptions.Snapshot, 0, Page));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("s")));
        var call = new VmoTransferData(dst, 0, 0, Page, src, 0);
        var (before, result) = Transferred(k, call);
        var vs = k.Vmo(snapshot);
        var leaked = k.State.WithVmo(vs with { Captured = vs.Captured.SetItem(0, Bytes("s")) });
        Assert.Equal(
            [
                $"INV-XFER-03: {call} changed snapshot child {vs.Koid} of the destination",
                $"INV-CHILD-01: {call} changed page 0 of snapshot child {vs.Koid}, which it does not name",
            ],
            Messages(before, call, result, leaked));
    }

    [Fact]
    public void ANoMemoryTransferThatMovedTheFirstTwoPagesMovedAPrefix()
    {
        var (k, dst, src) = TransferPair(3, 0, 1, 2);
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, 3 * Page, src, 0);
        var prefix = PageMover.Move(before, k.Vmo(src), 0, k.Vmo(dst), 0, 2);
        Assert.Empty(Messages(before, call, SyscallResult.Error(Status.ZxErrNoMemory), prefix));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-06")]
    public void ANoMemoryTransferThatMovedAllButTheFirstPageBreaksInvXfer06()
    {
        var (k, dst, src) = TransferPair(3, 0, 1, 2);
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, 3 * Page, src, 0);
        var gap = PageMover.Move(before, k.Vmo(src), 1, k.Vmo(dst), 1, 2);
        Assert.Equal(
            [$"INV-XFER-06: {call} failed with NO_MEMORY after moving pages [1, 2], not a prefix"],
            Messages(before, call, SyscallResult.Error(Status.ZxErrNoMemory), gap));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-06")]
    public void ANoMemoryTransferThatLostTheSourcePageRightAfterItsPrefixBreaksInvXfer06()
    {
        var (k, dst, src) = TransferPair(3, 0, 1, 2);
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, 3 * Page, src, 0);
        var prefix = PageMover.Move(before, k.Vmo(src), 0, k.Vmo(dst), 0, 1);
        var lost = prefix.WithVmo(WithoutPage(prefix.Vmos[k.Vmo(src).Koid], 1));
        Assert.Equal(
            [$"INV-XFER-06: {call} failed with NO_MEMORY after 1 pages but touched page 1"],
            Messages(before, call, SyscallResult.Error(Status.ZxErrNoMemory), lost));
    }

    [Fact]
    public void ANoMemoryTransferIntoACopyOnWriteChildMovesNothingAndKeepsItsOwnPage()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.SnapshotAtLeastOnWrite, 0, 2 * Page));
        k.Expect(Status.ZxOk, new VmoWrite(child, Page, KernelScript.Text("c")));
        var src = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Fill(1, (int)(2 * Page))));
        k.Call(new SetFreeFrames(0));
        var before = k.State;
        var call = new VmoTransferData(child, 0, 0, 2 * Page, src, 0);
        var result = k.Call(call);
        Assert.Equal(Status.ZxErrNoMemory, result.Status);
        Assert.True(k.Vmo(child).Pages.ContainsKey(1));
        Assert.Empty(Messages(before, call, result, k.State));
    }
}
