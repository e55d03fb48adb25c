using Microsoft.Coyote;
using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// Runs each scenario against a fresh actor kernel as one Coyote test iteration (one schedule chosen
/// by Coyote; telemetry and console logging off). The scenario's statements are issued from the test's
/// entry task exactly as for the model; a bug Coyote reports (an assertion, an unhandled exception in an
/// actor, a deadlock) becomes a failure on the scenario's first line. Each run's Coyote configuration
/// comes from the constructor's <c>configuration</c>: the one place configurations are built
/// (Exploration's <c>CoyoteConfigurations.ForScenario</c>) sits above this library, not below it. So do the
/// monitors: <c>watch</c>, when given, registers them on the runtime and says which the kernel tells (a monitor's
/// report is a bug Coyote reports, so a scenario whose answers are right still fails on a broken invariant).
/// </summary>
public sealed class KernelScenarioHost(Func<Configuration> configuration, Func<IActorRuntime, KernelOptions>? watch = null) : IScenarioHost
{
    public string Name => "kernel";

    public IReadOnlyList<StatementFailure> Run(ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        IReadOnlyList<StatementFailure>? failures = null;
        using var engine = TestingEngine.Create(configuration(), async runtime =>
        {
            failures = await ScenarioRunner.RunAsync(scenario, KernelHost.Start(runtime, watch?.Invoke(runtime)));
        });
        // Coyote prints its own progress lines unless given a silent logger; scenario output is the runner's.
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        engine.Run();
        if (engine.TestReport.NumOfFoundBugs > 0)
        {
            var report = engine.TestReport.BugReports.FirstOrDefault() ?? "unknown";
            return [new StatementFailure(FirstLine(scenario), $"kernel: {report.Split('\n')[0].Trim()}")];
        }

        if (failures is null && HitStepBound(engine.TestReport))
        {
            return [new StatementFailure(FirstLine(scenario), "kernel: the scenario went past its bound of scheduling steps (a call that never settles, or a scenario too long for the bound)")];
        }

        return failures ?? [new StatementFailure(FirstLine(scenario), "kernel: the scenario did not run to its end")];
    }

    private static bool HitStepBound(TestReport report) =>
        report.MaxFairStepsHitInFairTests + report.MaxUnfairStepsHitInFairTests + report.MaxUnfairStepsHitInUnfairTests > 0;

    private static int FirstLine(ScenarioDefinition scenario) => scenario.Line;
}
