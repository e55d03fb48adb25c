using System.Text;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;
using VmoKernel.Kernel;

namespace VmoKernel.Tests.Kernel;

/// <summary>
/// A scenario on the actor kernel runs under the invariant monitors (<see cref="ScenarioWatch"/>): a kernel that
/// answers every call of a scenario right but leaves a broken state behind fails the scenario, naming the invariant.
/// </summary>
public sealed class ScenarioWatchTests
{
    // DECOMMIT answers ZX_OK and the VMO reads zeros either way; only the frame count shows a leak.
    private const string Text = """
        scenario "decommit answers right"
          v = zx_vmo_create(2p, 0)                          => ZX_OK
          zx_vmo_write(v, 0, "ab")                          => ZX_OK
          zx_vmo_op_range(v, ZX_VMO_OP_DECOMMIT, 0, 2p)     => ZX_OK
          zx_vmo_read(v, 0, 2)                              => ZX_OK zeros(2)
        end
        """;

    [Fact]
    public void ACorrectKernelPassesUnderTheWatch()
    {
        Assert.Empty(Run(SeededBugSet.None));
    }

    [Fact]
    public void AKernelThatLeaksFramesFailsUnderTheWatchThoughEveryAnswerIsRight()
    {
        var failure = Assert.Single(Run(SeededBugSet.Of(SeededBug.DecommitLeaksFrames)));
        Assert.Equal(1, failure.Line);
        Assert.Contains("INV-MEM-02", failure.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<StatementFailure> Run(SeededBugSet bugs)
    {
        var scenario = Assert.Single(ScenarioParser.Parse("watch.scn", Encoding.UTF8.GetBytes(Text)).Scenarios);
        return new KernelScenarioHost(CoyoteConfigurations.ForScenario, runtime => ScenarioWatch.Register(runtime, bugs)).Run(scenario);
    }
}
