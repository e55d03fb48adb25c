using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// Must-fail twins of invariants whose model predicate (model/Invariants) had none: each test builds a
/// real state or step with the model, checks the predicate accepts it, then breaks exactly the point
/// the invariant is about and shows the predicate reports the invariant's ID.
/// </summary>
public sealed class PredicateTwinTests
{
    private const ulong Page = ModelDriver.Page;

    private static IEnumerable<string> Ids(IEnumerable<InvariantViolation> violations) => violations.Select(v => v.Id);

    private static IReadOnlyList<InvariantViolation> Step(KernelState before, Syscall call, SyscallResult result, KernelState after) =>
        Transitions.Check(before, ModelDriver.Process, call, result, after);

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-02")]
    public void AChildItsParentDoesNotListBreaksInvChild02()
    {
        var k = new ModelDriver();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, 0, Page));
        Assert.Empty(StateInvariants.Check(k.State));
        var orphaned = k.Vmo(parent) with { Children = k.Vmo(parent).Children.Remove(k.Vmo(slice).Koid) };
        Assert.Contains("INV-CHILD-02", Ids(StateInvariants.Check(k.State.WithVmo(orphaned))));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-02")]
    public void ReclaimOfANeverLockedDiscardableVmoBreaksInvDisc02()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, ModelDriver.Text("x")));
        var before = k.State;
        var call = new Reclaim(PressureLevel.Oom);
        var result = k.Call(call);
        Assert.Empty(Step(before, call, result, k.State));
        var vmo = k.Vmo(v);
        var discarded = vmo with { Pages = ImmutableSortedDictionary<ulong, PageSlot>.Empty, CommittedChangeEvents = vmo.CommittedChangeEvents + 1, Discard = vmo.Discard with { Discarded = true } };
        Assert.Contains("INV-DISC-02", Ids(Step(before, call, result, k.State.WithVmo(discarded))));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-03")]
    public void ADiscardThatKeepsAPageBreaksInvDisc03()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(2 * Page, VmoOptions.Discardable));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, ModelDriver.Text("x")));
        k.Expect(Status.ZxOk, new VmoWrite(v, Page, ModelDriver.Text("y")));
        k.Call(new VmoOpRange(v, VmoOp.Lock, 0, 2 * Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, 2 * Page));
        var before = k.State;
        var kept = before.Vmos[k.Vmo(v).Koid].Pages;
        var call = new Reclaim(PressureLevel.Warning);
        var result = k.Call(call);
        Assert.Empty(Step(before, call, result, k.State));
        Assert.True(k.Vmo(v).Discard.Discarded);
        var partial = k.Vmo(v) with { Pages = kept.Remove(0) };
        Assert.Contains("INV-DISC-03", Ids(Step(before, call, result, k.State.WithVmo(partial))));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-GETINFO-04")]
    public void AGetinfoThatChangedTheStateBreaksInvGetinfo04()
    {
        var k = new ModelDriver();
        var before = k.State;
        var call = new ProcessGetinfo([ModelDriver.Process], 0, ProcessInfoOptions.Koid, 4096);
        var result = k.Call(call);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(Step(before, call, result, k.State));
        var changed = k.State with { NextKoid = k.State.NextKoid + 1 };
        Assert.Contains("INV-GETINFO-04", Ids(Step(before, call, result, changed)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MADV-05")]
    public void AnAdviceThatMovedVmSeqBreaksInvMadv05()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(Page, 0));
        var address = k.Int(new VmarMap(ModelDriver.RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, v, 0, Page));
        var before = k.State;
        var process = before.Processes[ModelDriver.Process];
        var call = new ProcessMadvise(ModelDriver.Process, [(address, Page)], ProcessInfoOptions.MadvCold, 0, process.VmSeq);
        var result = k.Call(call);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(Step(before, call, result, k.State));
        var moved = k.State.WithProcess(k.State.Processes[ModelDriver.Process] with { VmSeq = process.VmSeq + 1 });
        Assert.Contains("INV-MADV-05", Ids(Step(before, call, result, moved)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RIGHTS-01")]
    public void AWriteThroughAReadOnlyHandleThatSucceededBreaksInvRights01()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(Page, 0));
        var readOnly = k.Handle(new HandleDuplicate(v, (uint)Rights.Read));
        var before = k.State;
        var call = new VmoWrite(readOnly, 0, ModelDriver.Text("w"));
        var refused = k.Expect(Status.ZxErrAccessDenied, call);
        Assert.Empty(Step(before, call, refused, k.State));
        var (written, _) = Model.Kernel.Step(before, ModelDriver.Process, new VmoWrite(v, 0, ModelDriver.Text("w")));
        Assert.Contains("INV-RIGHTS-01", Ids(Step(before, call, SyscallResult.ZxOk(), written)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RIGHTS-02")]
    public void ADuplicateThatGainedARightBreaksInvRights02()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(Page, 0));
        var readOnly = k.Handle(new HandleDuplicate(v, (uint)(Rights.Read | Rights.Duplicate)));
        var before = k.State;
        var call = new HandleDuplicate(readOnly, (uint)Rights.SameRights);
        var result = k.Call(call);
        Assert.Empty(Step(before, call, result, k.State));
        var created = (uint)Assert.IsType<IntValue>(result.Value).Number;
        var process = k.State.Processes[ModelDriver.Process];
        var widened = process with { Handles = process.Handles.SetItem(created, process.Handles[created] with { Rights = Rights.Read | Rights.Duplicate | Rights.Write }) };
        Assert.Contains("INV-RIGHTS-02", Ids(Step(before, call, result, k.State.WithProcess(widened))));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-04")]
    public void ASliceHoldingAPageOfItsOwnBreaksInvMem04()
    {
        var k = new ModelDriver();
        var parent = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, ModelDriver.Text("p")));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, 0, Page));
        Assert.Empty(StateInvariants.Check(k.State));
        var owning = k.Vmo(slice) with { Pages = k.Vmo(parent).Pages };
        var broken = k.State.WithVmo(owning).WithVmo(k.Vmo(parent) with { Pages = ImmutableSortedDictionary<ulong, PageSlot>.Empty });
        Assert.Contains("INV-MEM-04", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-06")]
    public void ANoMemoryTransferThatMovedAPageBeyondThePrefixBreaksInvXfer06()
    {
        var k = new ModelDriver();
        var src = k.Handle(new VmoCreate(3 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, ModelDriver.Text("p0")));
        k.Expect(Status.ZxOk, new VmoWrite(src, 2 * Page, ModelDriver.Text("p2")));
        var parent = k.Handle(new VmoCreate(3 * Page, 0));
        var dst = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, 3 * Page));
        k.Expect(Status.Ok, new SetFreeFrames(1));
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, 3 * Page, src, 0);
        var result = k.Expect(Status.ZxErrNoMemory, call);
        Assert.Empty(Step(before, call, result, k.State));
        var page2 = k.Vmo(src).Pages[2];
        var beyond = k.State.WithVmo(k.Vmo(src) with { Pages = k.Vmo(src).Pages.Remove(2) })
            .WithVmo(k.Vmo(dst) with { Pages = k.Vmo(dst).Pages.SetItem(2, page2) });
        Assert.Contains("INV-XFER-06", Ids(Step(before, call, result, beyond)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-XFER-07")]
    public void ATransferThatCopiedIntoAnotherFrameBreaksInvXfer07()
    {
        var k = new ModelDriver();
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, ModelDriver.Text("frame")));
        var dst = k.Handle(new VmoCreate(Page, 0));
        var before = k.State;
        var call = new VmoTransferData(dst, 0, 0, Page, src, 0);
        var result = k.Expect(Status.ZxOk, call);
        Assert.Empty(Step(before, call, result, k.State));
        var moved = k.Vmo(dst).Pages[0];
        var copied = k.State.WithVmo(k.Vmo(dst) with { Pages = k.Vmo(dst).Pages.SetItem(0, moved with { Frame = moved.Frame + 100 }) });
        Assert.Contains("INV-XFER-07", Ids(Step(before, call, result, copied)));
    }

    // The model files a destroyed pinned VMO under INV-PIN-01 (its pages left their frames); the step
    // broken here is exactly INV-PIN-08's: the last handle closes and the pinned VMO goes with it.
    [Fact]
    [Trait("must-fail-twin", "INV-PIN-08")]
    public void ClosingThePinnedVmosLastHandleThatDestroyedItIsCaught()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, ModelDriver.Text("p")));
        k.Call(new BtiPin(ModelDriver.Bti, BtiOptions.PermRead, v, 0, Page));
        var koid = k.Vmo(v).Koid;
        var before = k.State;
        var call = new HandleClose(v);
        var result = k.Expect(Status.ZxOk, call);
        Assert.Empty(Step(before, call, result, k.State));
        Assert.Contains(koid, k.State.Vmos.Keys);
        var destroyed = k.State with { Vmos = k.State.Vmos.Remove(koid) };
        var caught = Step(before, call, result, destroyed);
        Assert.Contains(caught, c => c.Id == "INV-PIN-08" && c.Message.Contains($"destroyed VMO {koid} while PMT", StringComparison.Ordinal));
        Assert.NotEmpty(StateInvariants.Check(destroyed));
    }

    // The determinism property (INV-STATE-02) compares two runs of the same calls with StateComparer;
    // a step that picks another frame the second time must show as a difference.
    [Fact]
    [Trait("must-fail-twin", "INV-STATE-02")]
    public void TheSameCallLandingOnAnotherFrameIsCaught()
    {
        var k = new ModelDriver();
        var v = k.Handle(new VmoCreate(Page, 0));
        var before = k.State;
        var call = new VmoWrite(v, 0, ModelDriver.Text("d"));
        var (first, firstResult) = Model.Kernel.Step(before, ModelDriver.Process, call);
        var (second, secondResult) = Model.Kernel.Step(before, ModelDriver.Process, call);
        Assert.Equal(firstResult, secondResult);
        Assert.Null(StateComparer.Difference(first, second));
        var koid = k.Vmo(v).Koid;
        var slot = second.Vmos[koid].Pages[0];
        var elsewhere = second.WithVmo(second.Vmos[koid] with { Pages = second.Vmos[koid].Pages.SetItem(0, slot with { Frame = slot.Frame + 1 }) });
        Assert.NotNull(StateComparer.Difference(first, elsewhere));
    }
}
