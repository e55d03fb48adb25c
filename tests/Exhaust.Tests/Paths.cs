using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Exhaust;

/// <summary>Builds states by running calls as p0 on the pure model, for the canonicalisation tests.</summary>
internal static class Paths
{
    public const uint Bti = 0x13;

    public static KernelState Run(params Syscall[] calls) => Run(KernelState.Fresh(), calls);

    public static KernelState Run(KernelState state, params Syscall[] calls)
    {
        foreach (var call in calls)
        {
            (state, var result) = Model.Kernel.Step(state, KernelState.InitialProcessKoid, call);
            Assert.True(result.Succeeded, $"{call} returned {result}");
        }

        return state;
    }

    /// <summary>The value of the handle the n-th handle-creating call of p0 returned (p0 starts with three).</summary>
    public static uint Handle(int n) => KernelLayout.HandleValue((uint)(3 + n));
}
