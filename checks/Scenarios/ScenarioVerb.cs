using System.CommandLine;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Scenarios;

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
            var fault = parse.GetValue(modelBug) is { } name ? Exhaust.ModelBugNames.Parse(name) : Model.ModelFaults.None;
            var hosts = ScenarioHosts.For(parse.GetValue(kernel), parse.GetValue(invariants) || fault != Model.ModelFaults.None, fault);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ScenarioSuite.Run(parse.GetValue(paths) ?? [], Environment.CurrentDirectory, hosts, output, error);
        });
        return command;
    }
}
