using VmoKernel.Abi;
using VmoKernel.Model.Invariants;

namespace VmoKernel.Tests.Model.Support;

/// <summary>Correct states the invariant tests start from before they break one thing on purpose.</summary>
public static class InvariantStates
{
    /// <summary>Two one-page VMOs, each with one written page (so each owns a frame); the state breaks no invariant.</summary>
    public static (KernelScript K, uint A, uint B) TwoWrittenVmos()
    {
        var k = new KernelScript();
        var a = k.Handle(new VmoCreate(KernelLayout.PageSize, 0));
        var b = k.Handle(new VmoCreate(KernelLayout.PageSize, 0));
        k.Expect(Status.ZxOk, new VmoWrite(a, 0, KernelScript.Text("a")));
        k.Expect(Status.ZxOk, new VmoWrite(b, 0, KernelScript.Text("b")));
        Assert.Empty(StateInvariants.Check(k.State));
        return (k, a, b);
    }
}
