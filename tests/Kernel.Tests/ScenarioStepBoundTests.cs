using System.Text;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Tests.Kernel;

/// <summary>
/// A scenario on the actor kernel runs within <see cref="CoyoteConfigurations.ScenarioStepBound"/> scheduling
/// steps; one that goes past its bound (a kernel whose call never settles) fails on its first line and says so,
/// instead of passing quietly or reading as a call that returned the wrong thing.
/// </summary>
public sealed class ScenarioStepBoundTests
{
    private const string Text = """
        scenario "three calls"
          v = zx_vmo_create(1p, 0)          => ZX_OK
          zx_vmo_write(v, 0, "ab")          => ZX_OK
          zx_vmo_read(v, 0, 2)              => ZX_OK "ab"
        end
        """;

    [Fact]
    public void AScenarioThatFitsItsBoundPasses()
    {
        var failures = new KernelScenarioHost(CoyoteConfigurations.ForScenario).Run(Scenario());
        Assert.Empty(failures);
    }

    [Fact]
    public void AScenarioPastItsBoundFailsOnItsFirstLineNamingTheBound()
    {
        // Three calls take some 75 steps on the kernel; ten is past the bound before the first answer.
        var failures = new KernelScenarioHost(() => CoyoteConfigurations.ForScenario().WithMaxSchedulingSteps(10)).Run(Scenario());
        var failure = Assert.Single(failures);
        Assert.Equal(1, failure.Line);
        Assert.Contains("went past its bound of scheduling steps", failure.Message, StringComparison.Ordinal);
    }

    private static ScenarioDefinition Scenario() =>
        Assert.Single(ScenarioParser.Parse("bound.scn", Encoding.UTF8.GetBytes(Text)).Scenarios);
}
