using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>The fresh kernel (INV-STATE-04) and the logical clock (INV-STATE-06), which no other check cited.</summary>
public sealed class FreshKernelAndClockTests
{
    [Fact]
    [Trait("spec", "INV-STATE-04")]
    public void AFreshKernelHoldsP0WithItsThreeHandlesAndTheWholeFrameBudget()
    {
        var state = KernelState.Fresh();
        var p0 = Assert.Single(state.Processes).Value;
        Assert.Equal(1024UL, p0.Koid);
        Assert.Equal(1025UL, p0.RootVmarKoid);
        Assert.Equal([0xbu, 0x13u, 0x1bu], p0.Handles.Keys);
        Assert.Equal([1025UL, 1026UL, 1027UL], p0.Handles.Values.Select(h => h.Koid));
        Assert.Empty(state.Vmos);
        Assert.Equal(1_048_576UL, state.Memory.Free);
        Assert.Equal(1028UL, state.NextKoid);
    }

    [Fact]
    [Trait("spec", "INV-STATE-06")]
    public void TheClockCountsSuccessfulStateChangesOnly()
    {
        var k = new ModelDriver();
        var start = k.State.Clock;
        var v = k.Handle(new VmoCreate(ModelDriver.Page, 0));
        Assert.Equal(start + 1, k.State.Clock);
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, ModelDriver.Text("x")));
        Assert.Equal(start + 2, k.State.Clock);
        k.Expect(Status.ZxOk, new VmoRead(v, 0, 1));
        k.Expect(Status.ZxOk, new VmoGetSize(v));
        k.Expect(Status.ZxErrOutOfRange, new VmoWrite(v, ModelDriver.Page, ModelDriver.Text("y")));
        Assert.Equal(start + 2, k.State.Clock);
    }
}
