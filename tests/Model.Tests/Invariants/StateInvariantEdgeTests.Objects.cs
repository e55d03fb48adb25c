using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>Edges of DiscardInvariants and ObjectInvariants.</summary>
public sealed partial class StateInvariantEdgeTests
{
    [Fact]
    [Trait("must-fail-twin", "INV-DISC-01")]
    public void ALockedVmoMarkedDiscardedIsReportedWithItsLockCount()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        var vmo = k.Vmo(v);
        var broken = k.State.WithVmo(vmo with { Discard = vmo.Discard with { Discarded = true } });
        Assert.Equal([$"INV-DISC-01: VMO {vmo.Koid} is discarded with lock count 1"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-03")]
    public void ADiscardedUnlockedVmoThatStillHoldsAPageBreaksInvDisc03()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("d")));
        var vmo = k.Vmo(v);
        Assert.Single(vmo.Pages);
        Assert.Empty(StateInvariants.Check(k.State));
        var broken = k.State.WithVmo(vmo with { Discard = vmo.Discard with { Discarded = true } });
        Assert.Equal([$"INV-DISC-03: discarded VMO {vmo.Koid} holds 1 pages"], Messages(broken));
    }

    /// <summary>Each part of the discardable state alone, on a VMO that is not discardable.</summary>
    [Theory]
    [Trait("must-fail-twin", "INV-DISC-12")]
    [InlineData("lock count")]
    [InlineData("discarded")]
    [InlineData("ever locked")]
    [InlineData("committed change events")]
    public void APlainVmoWithAnyDiscardableStateBreaksInvDisc12(string part)
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var vmo = k.Vmo(a);
        var d = vmo.Discard;
        var broken = part switch
        {
            "lock count" => vmo with { Discard = d with { LockCount = 1 } },
            "discarded" => vmo with { Discard = d with { Discarded = true } },
            "ever locked" => vmo with { Discard = d with { EverLocked = true } },
            _ => vmo with { CommittedChangeEvents = 1 },
        };
        var message = Assert.Single(Messages(k.State.WithVmo(broken)));
        Assert.StartsWith($"INV-DISC-12: VMO {vmo.Koid} is not discardable but has discardable state DiscardState {{ LockCount = ", message);
        Assert.EndsWith($", events {broken.CommittedChangeEvents}", message);
    }

    [Fact]
    [Trait("must-fail-twin", "INV-HANDLE-03")]
    public void AVmoHandleRecordedAsABtiBreaksInvHandle03()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var process = k.State.Processes[k.Process];
        var entry = process.Handles[a];
        var broken = k.State.WithProcess(process with { Handles = process.Handles.SetItem(a, entry with { Type = ObjectType.Bti }) });
        Assert.Equal(
            [$"INV-HANDLE-03: process {k.Process} handle 0x{a:x} names koid {entry.Koid} of type {ObjectType.Vmo}, recorded as {ObjectType.Bti}"],
            Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-HANDLE-02")]
    public void AVmoWithItsOnlyHandleRemovedIsReportedAsUnreferenced()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var koid = k.Vmo(a).Koid;
        Assert.Equal(
            [$"INV-HANDLE-02: VMO {koid} is alive with no handle, mapping, pin or view referring to it"],
            Messages(k.State.RemoveHandle(k.Process, a)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-02")]
    public void ASliceWhoseParentIsGoneOutlivedItsParent()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, 0, Page));
        var (kp, ks) = (k.Vmo(parent).Koid, k.Vmo(slice).Koid);
        var broken = k.State.RemoveHandle(k.Process, parent);
        broken = broken with { Vmos = broken.Vmos.Remove(kp) };
        Assert.Equal([$"INV-CHILD-02: Slice child {ks} outlived its parent {kp}"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-02")]
    public void AVmoListingAChildThatHasNoParentLinkBreaksInvChild02()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        var (va, vb) = (k.Vmo(a), k.Vmo(b));
        Assert.Null(vb.Parent);
        var broken = k.State.WithVmo(va with { Children = va.Children.Add(vb.Koid) });
        Assert.Equal([$"INV-CHILD-02: VMO {va.Koid} lists child {vb.Koid}, which is gone or has another parent"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-02")]
    public void AChildItsParentDoesNotListBreaksInvChild02()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        var (vp, vc) = (k.Vmo(parent), k.Vmo(child));
        var broken = k.State.WithVmo(vp with { Children = vp.Children.Remove(vc.Koid) });
        Assert.Equal([$"INV-CHILD-02: VMO {vc.Koid} names parent {vp.Koid}, which does not list it"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-03")]
    public void ADiscardableVmoWithTwoChildrenListsThemBoth()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var first = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        var second = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        Assert.Empty(StateInvariants.Check(k.State));
        var vp = k.Vmo(parent);
        var broken = k.State.WithVmo(vp with { Traits = vp.Traits | VmoKernel.Model.State.VmoTraits.Discardable });
        Assert.Equal(
            [$"INV-CHILD-03: discardable VMO {vp.Koid} has children [{k.Vmo(first).Koid}, {k.Vmo(second).Koid}]"],
            Messages(broken));
    }
}
