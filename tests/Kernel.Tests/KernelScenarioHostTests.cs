using System.Text;
using Microsoft.Coyote;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;
using VmoKernel.Kernel;

namespace VmoKernel.Tests.Kernel;

/// <summary>
/// What a scenario on the actor kernel is held to besides its answers: it runs under the invariant monitors
/// (<see cref="ScenarioWatch"/>), so a kernel that answers every call right but leaves a broken state fails it naming
/// the invariant; and within <see cref="CoyoteConfigurations.ScenarioStepBound"/> scheduling steps, so one that goes
/// past its bound (a call that never settles) fails on its first line and says so.
/// </summary>
public sealed class KernelScenarioHostTests
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
    public void ACorrectKernelPassesUnderTheWatchWithinTheBound()
    {
        Assert.Empty(Run(CoyoteConfigurations.ForScenario, SeededBugSet.None));
    }

    [Fact]
    public void AKernelThatLeaksFramesFailsUnderTheWatchThoughEveryAnswerIsRight()
    {
        var failure = Assert.Single(Run(CoyoteConfigurations.ForScenario, SeededBugSet.Of(SeededBug.DecommitLeaksFrames)));
        Assert.Equal(1, failure.Line);
        Assert.Contains("INV-MEM-02", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScenarioPastItsBoundFailsOnItsFirstLineNamingTheBound()
    {
        // Four calls take some 100 steps on the kernel; ten is past the bound before the first answer.
        var failure = Assert.Single(Run(() => CoyoteConfigurations.ForScenario().WithMaxSchedulingSteps(10), SeededBugSet.None));
        Assert.Equal(1, failure.Line);
        Assert.Contains("went past its bound of scheduling steps", failure.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<StatementFailure> Run(Func<Configuration> configuration, SeededBugSet bugs)
    {
        var scenario = Assert.Single(ScenarioParser.Parse("host.scn", Encoding.UTF8.GetBytes(Text)).Scenarios);
        return new KernelScenarioHost(configuration, runtime => ScenarioWatch.Register(runtime, bugs)).Run(scenario);
    }
}
