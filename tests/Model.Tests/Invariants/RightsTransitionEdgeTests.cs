using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of <see cref="RightsTransitions"/> and the rights each call asks of its handles
/// (<see cref="HandleUses"/>, INV-RIGHTS-03): a real successful call is replayed as if its handle had
/// held fewer rights, which is the step a kernel that skipped a rights check would take. A step that
/// lacks one asked right is reported in full; a step holding exactly what is asked is not.
/// </summary>
public sealed class RightsTransitionEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static KernelState Narrowed(KernelState state, ulong process, uint handle, Rights held)
    {
        var p = state.Processes[process];
        return state.WithProcess(p with { Handles = p.Handles.SetItem(handle, p.Handles[handle] with { Rights = held }) });
    }

    private static string[] Messages(Transition t) => ReportedViolations.Messages(RightsTransitions.Check(t));

    /// <summary>A made-up successful step that changed nothing, for calls the model refuses with the rights a test wants to show.</summary>
    private static string[] MadeUpSuccessHolding(KernelScript k, uint handle, Rights held, Syscall call)
    {
        var before = Narrowed(k.State, k.Process, handle, held);
        return Messages(new Transition(before, k.Process, call, SyscallResult.ZxOk(), before));
    }

    /// <summary>Runs <paramref name="call"/> for real, then judges the step as if <paramref name="handle"/> had held only <paramref name="held"/>.</summary>
    private static string[] SucceededHolding(KernelScript k, uint handle, Rights held, Syscall call)
    {
        var before = Narrowed(k.State, k.Process, handle, held);
        var result = k.Call(call);
        Assert.True(result.Succeeded, $"{call} failed: {result}");
        return Messages(new Transition(before, k.Process, call, result, Narrowed(k.State, k.Process, handle, held)));
    }

    private static string Lacks(Syscall call, uint handle, string held, string needs) =>
        $"INV-RIGHTS-01: {call} succeeded though handle 0x{handle:x} has {held} and needs {needs}";

    [Fact]
    [Trait("must-fail-twin", "INV-RIGHTS-01")]
    public void ResizingAResizableVmoWithoutResizeBreaksInvRights01()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Resizable));
        var call = new VmoSetSize(v, 2 * Page);
        Assert.Equal([Lacks(call, v, "Write", "Write, Resize")], SucceededHolding(k, v, Rights.Write, call));
    }

    [Fact]
    public void SetSizeOfANonResizableVmoAsksOnlyWrite()
    {
        // set_size of a non-resizable VMO fails, so the step is made up: RESIZE is asked only of resizable VMOs.
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var call = new VmoSetSize(v, 2 * Page);
        Transition Holding(Rights held) => new(Narrowed(k.State, k.Process, v, held), k.Process, call, SyscallResult.ZxOk(), k.State);
        Assert.Empty(Messages(Holding(Rights.Write)));
        Assert.Equal([Lacks(call, v, "Read", "Write")], Messages(Holding(Rights.Read)));
    }

    [Fact]
    public void PinningForReadWithoutReadIsReported()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page);
        Assert.Equal([Lacks(call, a, "Write, Map", "Read, Map")], SucceededHolding(k, a, Rights.Map | Rights.Write, call));
    }

    [Fact]
    public void PinningForExecuteAsksRead()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new BtiPin(KernelScript.Bti, BtiOptions.PermExecute, a, 0, Page);
        Assert.Equal([Lacks(call, a, "Map", "Read, Map")], MadeUpSuccessHolding(k, a, Rights.Map, call));
    }

    [Fact]
    public void PinningForWriteWithoutWriteIsReported()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new BtiPin(KernelScript.Bti, BtiOptions.PermWrite, a, 0, Page);
        Assert.Equal([Lacks(call, a, "Read, Map", "Write, Map")], SucceededHolding(k, a, Rights.Map | Rights.Read, call));
    }

    [Fact]
    public void PinningForReadAsksNoWrite()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        Assert.Empty(SucceededHolding(k, a, Rights.Map | Rights.Read, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page)));
    }

    [Fact]
    public void PinningForWriteAsksNoRead()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        Assert.Empty(SucceededHolding(k, a, Rights.Map | Rights.Write, new BtiPin(KernelScript.Bti, BtiOptions.PermWrite, a, 0, Page)));
    }

    [Fact]
    public void MappingForReadWithAVmarWithoutReadIsReported()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, a, 0, Page);
        Assert.Equal([Lacks(call, KernelScript.RootVmar, "Write", "Read")], SucceededHolding(k, KernelScript.RootVmar, Rights.Write, call));
    }

    [Fact]
    public void MappingForReadAndWriteAsksBothOfTheVmar()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, a, 0, Page);
        Assert.Equal([Lacks(call, KernelScript.RootVmar, "Read", "Io")], SucceededHolding(k, KernelScript.RootVmar, Rights.Read, call));
    }

    [Fact]
    public void MappingForReadAndExecuteAsksBothOfTheVmar()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.PermExecute, 0, a, 0, Page);
        Assert.Equal(
            [Lacks(call, KernelScript.RootVmar, "Read", "Read, Execute"), Lacks(call, a, "DefaultVmo", "Read, Execute, Map")],
            MadeUpSuccessHolding(k, KernelScript.RootVmar, Rights.Read, call));
    }

    [Fact]
    public void MappingForWriteAsksNoReadOfTheVmar()
    {
        // A write-only mapping is refused, so the step is made up: only the asked permission is a needed right.
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new VmarMap(KernelScript.RootVmar, VmOptions.PermWrite, 0, a, 0, Page);
        Assert.Empty(MadeUpSuccessHolding(k, KernelScript.RootVmar, Rights.Write, call));
    }

    [Fact]
    public void MappingForReadAsksNoWriteOfTheVmar()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, a, 0, Page);
        Assert.Empty(SucceededHolding(k, KernelScript.RootVmar, Rights.Read, call));
    }

    [Fact]
    public void LockingWithNeitherReadNorWriteIsReported()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        var call = new VmoOpRange(v, VmoOp.Lock, 0, Page);
        Assert.Equal([Lacks(call, v, "Map", "one of Io")], SucceededHolding(k, v, Rights.Map, call));
    }

    [Fact]
    public void LockingWithWriteAloneIsEnough()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        Assert.Empty(SucceededHolding(k, v, Rights.Write, new VmoOpRange(v, VmoOp.Lock, 0, Page)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RIGHTS-02")]
    public void ADuplicateWithMoreRightsThanItsSourceBreaksInvRights02()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new HandleDuplicate(a, (uint)Rights.SameRights);
        var before = Narrowed(k.State, k.Process, a, Rights.Duplicate | Rights.Read);
        var result = k.Call(call);
        var copy = (uint)Assert.IsType<IntValue>(result.Value).Number;
        var after = Narrowed(Narrowed(k.State, k.Process, a, Rights.Duplicate | Rights.Read), k.Process, copy, Rights.Duplicate | Rights.Read | Rights.Write);
        Assert.Equal(
            [$"INV-RIGHTS-02: {call} made handle 0x{copy:x} with Duplicate, Io from Duplicate, Read"],
            Messages(new Transition(before, k.Process, call, result, after)));
    }

    [Fact]
    public void ADuplicateWhoseHandleNeverAppearedIsReported()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var call = new HandleDuplicate(a, (uint)Rights.SameRights);
        var before = k.State;
        var result = k.Call(call);
        var copy = (uint)Assert.IsType<IntValue>(result.Value).Number;
        var rights = before.Processes[k.Process].Handles[a].Rights;
        Assert.Equal(
            [$"INV-RIGHTS-02: {call} made handle 0x{copy:x} with  from {rights}"],
            Messages(new Transition(before, k.Process, call, result, before)));
    }
}
