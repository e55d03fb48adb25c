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
    public const int MaxCalls = 30;

    public KernelMachine()
        : this(SeededBugSet.None)
    {
    }

    /// <summary>
    /// The machine's property, with each sequence classified by what its transfers did (FsCheck prints the
    /// shares) and its <see cref="TransferCoverage"/> handed to <paramref name="tally"/>.
    /// </summary>
    public Property ToClassifiedProperty(Action<TransferCoverage> tally)
    {
        var runs = Arb.From(StateMachine.Generate(this), run => StateMachine.Shrink(this, run));
        return Prop.ForAll(runs, run =>
        {
            var coverage = TransferCoverage.Of(run.Operations.IsEmpty ? CallHistory.Empty : run.Operations[run.Operations.Length - 1].Item2);
            tally(coverage);
            return StateMachine.ForOne(run)
                .Classify(coverage.Succeeded > 0, "a transfer succeeds")
                .Classify(coverage.FailedAfterValidation > 0, "a transfer fails after validation")
                .Classify(coverage.SourceReadAfterFailure, "a failed transfer's source is read")
                .Classify(coverage.SnapshotChildReadAfterSuccess, "a snapshot child of a transfer's destination is read");
        });
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
