using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using VmoKernel.Kernel;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// FsCheck's state machine over the actor kernel and the model: each run starts a fresh
/// <see cref="KernelPair"/>, makes up to <see cref="MaxCalls"/> generated calls checking each answer as it
/// comes, and on a disagreement FsCheck shrinks the sequence (dropping calls) to a shortest one that
/// still disagrees.
/// </summary>
public sealed class KernelMachine(SeededBugSet bugs) : Machine<KernelPair, CallHistory>(MaxCalls)
{
    public const int MaxCalls = 20;

    public KernelMachine()
        : this(SeededBugSet.None)
    {
    }

    public override Arbitrary<Setup<KernelPair, CallHistory>> Setup =>
        Arb.From(Gen.Constant<Setup<KernelPair, CallHistory>>(new FreshKernels(bugs)));

    public override TearDown<KernelPair> TearDown { get; } = new Dispose();

    public override Gen<Operation<KernelPair, CallHistory>> Next(CallHistory model) =>
        KernelCallGenerator.For(model).Select(call => (Operation<KernelPair, CallHistory>)new KernelCall(call));

    private sealed class FreshKernels(SeededBugSet bugs) : Setup<KernelPair, CallHistory>
    {
        public override KernelPair Actual() => new(bugs);

        public override CallHistory Model() => CallHistory.Empty;

        public override string ToString() => "fresh kernel and model";
    }

    private sealed class Dispose : TearDown<KernelPair>
    {
        public override void Actual(KernelPair actual) => actual.Dispose();

        public override string ToString() => "dispose";
    }
}
