using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>ChildTransitions: a snapshot child changes only through a call that names it, or a store through a mapping (INV-CHILD-01).</summary>
public sealed partial class TransitionEdgeTests
{
    /// <summary>A one-page parent (written first when <paramref name="written"/>) and a snapshot child of it.</summary>
    private static (KernelScript K, uint Parent, uint Child) Snapshot(bool written)
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        if (written)
        {
            k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("p")));
        }

        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        return (k, parent, child);
    }

    [Fact]
    public void AStoreThroughAMappingOfASnapshotChildIsNotJudged()
    {
        var (k, _, child) = Snapshot(written: true);
        var address = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, child, 0, Page));
        var (before, result) = Stepped(k, new MemWrite(address, KernelScript.Text("m")));
        Assert.True(result.Succeeded);
        Assert.NotEqual(before.Vmos[k.Vmo(child).Koid], k.Vmo(child));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-STATE-01")]
    public void AFailedParentWriteThatShowedInASnapshotIsAFailureThatChangedTheState()
    {
        var (k, parent, child) = Snapshot(written: false);
        var before = k.State;
        var call = new VmoWrite(parent, 0, KernelScript.Text("p"));
        var vc = k.Vmo(child);
        var leaked = before.WithVmo(vc with { Captured = vc.Captured.SetItem(0, Bytes("p")) });
        var refused = SyscallResult.Error(Status.ZxErrOutOfRange);
        Assert.Equal(
            [$"INV-STATE-01: {call} failed with ZX_ERR_OUT_OF_RANGE but changed the state: {StateComparer.Difference(before, leaked)}"],
            Messages(before, call, refused, leaked));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-01")]
    public void AParentWriteThatGaveASnapshotAPageOfItsOwnBreaksInvChild01()
    {
        var (k, parent, child) = Snapshot(written: false);
        var call = new VmoWrite(parent, 0, KernelScript.Text("p"));
        var (before, result) = Stepped(k, call);
        var vc = k.Vmo(child);
        var leaked = k.State.WithVmo(vc with { Pages = vc.Pages.Add(0, new PageSlot(k.State.Memory.NextFresh, Bytes("p"))) });
        Assert.Equal([$"INV-CHILD-01: {call} changed page 0 of snapshot child {vc.Koid}, which it does not name"], Messages(before, call, result, leaked));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-CHILD-01")]
    public void AParentWriteThatErasedASnapshotsCapturedPageBreaksInvChild01()
    {
        var (k, parent, child) = Snapshot(written: true);
        var call = new VmoWrite(parent, 0, KernelScript.Text("q"));
        var (before, result) = Stepped(k, call);
        var vc = k.Vmo(child);
        var erased = k.State.WithVmo(vc with { Captured = vc.Captured.Clear() });
        Assert.Equal([$"INV-CHILD-01: {call} changed page 0 of snapshot child {vc.Koid}, which it does not name"], Messages(before, call, result, erased));
    }
}
