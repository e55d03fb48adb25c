using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Must-fail twins: each invariant predicate is shown a state or step broken on purpose and must name
/// its ID; a correct run of the same calls passes.
/// </summary>
public sealed class InvariantTwinTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static IEnumerable<string> Ids(IEnumerable<InvariantViolation> violations) => violations.Select(v => v.Id);

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-01")]
    public void AFrameSharedByTwoPagesBreaksInvMem01()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        var vb = k.Vmo(b);
        var shared = vb with { Pages = vb.Pages.SetItem(0, vb.Pages[0] with { Frame = k.Vmo(a).Pages[0].Frame }) };
        var broken = k.State.WithVmo(shared);
        Assert.Contains("INV-MEM-01", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-02")]
    public void ALeakedFrameBreaksInvMem02()
    {
        var (k, _, _) = InvariantStates.TwoWrittenVmos();
        var broken = k.State with { Memory = k.State.Memory with { Used = k.State.Memory.Used + 1 } };
        Assert.Equal(["INV-MEM-02: 3 frames used but 2 back page slots", "INV-MEM-02: 2 frames taken from the allocator but 3 used and 0 free"], StateInvariants.Check(broken).Select(v => v.Message));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void APinnedPageThatChangedFrameBreaksInvPin01()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page));
        var before = k.State;
        var va = k.Vmo(a);
        var moved = before.WithVmo(va with { Pages = va.Pages.SetItem(0, va.Pages[0] with { Frame = 999 }) });
        Assert.Contains("INV-PIN-01", Ids(StateInvariants.Check(moved)));
        var step = Transitions.Check(before, k.Process, new VmoGetSize(a), SyscallResult.ZxOk(), moved);
        Assert.Contains("INV-PIN-01", Ids(step));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-STATE-01")]
    public void AFailedCallThatChangedTheStateBreaksInvState01()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var before = k.State;
        var after = before with { NextKoid = before.NextKoid + 1 };
        var call = new VmoRead(a, 0, Page + 1);
        Assert.Contains("INV-STATE-01", Ids(Transitions.Check(before, k.Process, call, SyscallResult.Error(Status.ZxErrOutOfRange), after)));
        Assert.Empty(Transitions.Check(before, k.Process, call, SyscallResult.Error(Status.ZxErrOutOfRange), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-HANDLE-02")]
    public void AnUnreferencedLiveVmoBreaksInvHandle02()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var broken = k.State.RemoveHandle(k.Process, a);
        Assert.Contains("INV-HANDLE-02", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-01")]
    public void ADiscardedLockedVmoBreaksInvDisc01()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        var vmo = k.Vmo(v);
        var broken = k.State.WithVmo(vmo with { Discard = vmo.Discard with { Discarded = true } });
        Assert.Contains("INV-DISC-01", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-02")]
    public void ATransferThatCopiedTheWrongBytesBreaksInvXfer02()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        var before = k.State;
        var call = new VmoTransferData(b, 0, 0, Page, a, 0);
        var result = k.Call(call);
        Assert.Empty(Transitions.Check(before, k.Process, call, result, k.State));
        var vb = k.Vmo(b);
        var wrong = k.State.WithVmo(vb with { Pages = vb.Pages.SetItem(0, vb.Pages[0] with { Data = PageBytes.Zero }) });
        Assert.Contains("INV-XFER-02", Ids(Transitions.Check(before, k.Process, call, result, wrong)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-01")]
    public void ReclaimThatSkipsAnEligibleVmoBreaksInvReclaim01()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("x")));
        var before = k.State;
        var call = new Reclaim(PressureLevel.Warning);
        Assert.Contains("INV-RECLAIM-01", Ids(Transitions.Check(before, k.Process, call, SyscallResult.Ok(), before)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-02")]
    public void ReclaimInTheWrongOrderBreaksInvReclaim02()
    {
        var k = new KernelScript();
        var first = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        var second = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxOk, new VmoWrite(first, 0, KernelScript.Text("1")));
        k.Expect(Status.ZxOk, new VmoWrite(second, 0, KernelScript.Text("2")));
        var before = k.State;
        var call = new Reclaim(PressureLevel.Warning);
        var result = k.Call(call);
        Assert.Empty(Transitions.Check(before, k.Process, call, result, k.State));
        var reversed = k.State with { Memory = k.State.Memory with { Freed = [.. k.State.Memory.Freed] } };
        Assert.Contains("INV-RECLAIM-02", Ids(Transitions.Check(before, k.Process, call, result, reversed)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-01")]
    public void AParentWriteThatShowsInASnapshotBreaksInvChild01()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        var before = k.State;
        var call = new VmoWrite(parent, 0, KernelScript.Text("p"));
        var result = k.Call(call);
        Assert.Empty(Transitions.Check(before, k.Process, call, result, k.State));
        var leaked = k.Vmo(child) with { Captured = k.Vmo(child).Captured.SetItem(0, k.Vmo(parent).Pages[0].Data) };
        Assert.Contains("INV-CHILD-01", Ids(Transitions.Check(before, k.Process, call, result, k.State.WithVmo(leaked))));
    }
}
