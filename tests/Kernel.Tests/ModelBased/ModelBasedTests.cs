using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using VmoKernel.Kernel;
using Xunit.Abstractions;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// Issue 4 §4: generated call sequences run on the model and on the actor kernel, compared step by step
/// (results equal, physical addresses up to a renaming), shrunk by FsCheck to a minimal failing sequence.
/// Bounded to 100 sequences of at most 20 calls with a fixed seed, so it runs in seconds and the same way
/// every time. The twin switches on seeded bugs a lone sequence of calls can show, and must be falsified.
/// </summary>
public sealed class ModelBasedTests(ITestOutputHelper output)
{
    private static readonly Config Bounded = Config.QuickThrowOnFailure.WithMaxTest(100).WithReplay(20261125UL, 7UL);

    [Fact]
    [Trait("spec", "REF-01")]
    public void KernelAnswersGeneratedCallSequencesAsTheModelDoes() =>
        Check.One(Bounded, new KernelMachine().ToProperty());

    [Theory]
    [Trait("must-fail-twin", "REF-01")]
    [InlineData(SeededBug.DiscardedReadSucceeds)]
    [InlineData(SeededBug.DontNeedNotImmediate)]
    public void AKernelWithASeededBugIsFalsifiedAndShrunk(SeededBug bug)
    {
        var falsified = Assert.ThrowsAny<Exception>(() => Check.One(Bounded, new KernelMachine(SeededBugSet.Of(bug)).ToProperty()));
        output.WriteLine(falsified.Message);
        Assert.Contains("Falsifiable", falsified.Message, StringComparison.Ordinal);
        Assert.Contains("kernel", falsified.Message, StringComparison.Ordinal);
    }
}
