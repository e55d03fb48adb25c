using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// The contract of <see cref="Transition.VmosToCompare"/> that the per-VMO checks walk: nothing when the
/// step kept the very VMO map, every VMO before the call when it replaced some VMO record.
/// </summary>
public sealed class TransitionRecordTests
{
    [Fact]
    public void AStepThatKeptTheVmoMapHasNoVmosToCompare()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var before = k.State;
        var call = new VmoGetSize(a);
        var result = k.Call(call);
        var t = new Transition(before, k.Process, call, result, k.State);
        Assert.True(t.VmosUnchanged);
        Assert.Empty(t.VmosToCompare);
    }

    [Fact]
    public void AStepThatReplacedAVmoComparesEveryVmoBeforeIt()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var before = k.State;
        var call = new VmoWrite(a, 0, KernelScript.Text("z"));
        var result = k.Call(call);
        var t = new Transition(before, k.Process, call, result, k.State);
        Assert.False(t.VmosUnchanged);
        Assert.Same(before.Vmos, t.VmosToCompare);
    }
}
