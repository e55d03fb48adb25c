using System.CommandLine;
using VmoKernel.Checks.Exhaust;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Model;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks scenario PATHS... [--kernel]</c>: runs scenario files (scenario-language.md) against
/// the model, and with <c>--kernel</c> against the actor kernel too. Exit 0 when every scenario
/// passed, 1 when one failed, 2 when a path is missing or a file does not parse.
/// </summary>
public sealed class ScenarioVerb : IVerb
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Scenario files, or folders searched recursively for *.scn",
            Arity = ArgumentArity.OneOrMore,
        };
        var kernel = new Option<bool>("--kernel")
        {
            Description = "Also run every scenario against the actor kernel (under Coyote, one schedule)",
        };
        var invariants = new Option<bool>("--invariants")
        {
            Description = "Check every invariant of the model after every call (a broken one fails the call)",
        };
        var modelBug = new Option<string>("--model-bug")
        {
            Description = "Run the model with this seeded model bug on (implies --invariants; for exhaust's counterexamples)",
        };
        var command = new Command("scenario", "Run conformance scenarios against the model (and the actor kernel)");
        command.Arguments.Add(paths);
        command.Options.Add(kernel);
        command.Options.Add(invariants);
        command.Options.Add(modelBug);
        command.SetAction(parse =>
        {
            var fault = parse.GetValue(modelBug) is { } name ? ModelBugNames.Parse(name) : ModelFaults.None;
            // The actor kernel's one schedule per scenario comes from the one Coyote configuration source (Exploration).
            var actorKernel = parse.GetValue(kernel) ? new KernelScenarioHost(CoyoteConfigurations.ForScenario, ScenarioWatch.Register) : null;
            var hosts = ScenarioHosts.For(actorKernel, parse.GetValue(invariants) || fault != ModelFaults.None, fault);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ScenarioSuite.Run(parse.GetValue(paths) ?? [], Environment.CurrentDirectory, hosts, output, error);
        });
        return command;
    }
}
