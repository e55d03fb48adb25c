using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>PinTransitions: zx_pmt_unpin consumes its handle (INV-PIN-04).</summary>
public sealed partial class TransitionEdgeTests
{
    [Fact]
    [Trait("must-fail-twin", "INV-PIN-04")]
    public void AnUnpinThatChangedNothingAndKeptItsHandleBreaksInvPin04()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var pmt = (uint)Assert.IsType<IntValue>(k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page))["pmt"]).Number;
        var call = new PmtUnpin(pmt);
        var (before, result) = Stepped(k, call);
        Assert.True(result.Succeeded);
        Assert.Equal([$"INV-PIN-04: zx_pmt_unpin left handle 0x{pmt:x} valid"], Messages(before, call, result, before));
    }
}
