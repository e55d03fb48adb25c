using System.CommandLine;
using System.Globalization;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exhaust;
using VmoKernel.Model;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks exhaust --config NAME [--max-depth N] [--max-states N] [--time SECONDS] [--model-bug NAME]</c>:
/// breadth-first search of every state of the model reachable under a configuration of
/// <c>exhaust.json</c>. Exit 0 when no invariant broke (the last line says whether the space was
/// exhausted or a limit stopped the search), 1 on a violation (its shortest path written as a scenario),
/// 2 on bad usage or input.
/// </summary>
public sealed class ExhaustVerb : IVerb
{
    public const string DefaultOut = "out/exhaust";

    public Command Build()
    {
        var config = new Option<string>("--config") { Description = "configuration in exhaust.json (small, medium, large)", Required = true };
        var maxDepth = new Option<int?>("--max-depth") { Description = "stop after this many calls from the initial state" };
        var maxStates = new Option<long?>("--max-states") { Description = "stop after this many distinct states" };
        var time = new Option<double?>("--time") { Description = "time budget in seconds" };
        var bug = new Option<string>("--model-bug") { Description = "switch this seeded model bug on (see --list-model-bugs)" };
        var workers = new Option<int?>("--workers") { Description = "threads (default: every core)" };
        var output = new Option<string>("--out") { Description = $"directory for the counterexample scenario (default {DefaultOut})" };
        var command = new Command("exhaust", "breadth-first search of every reachable model state of a configuration, every invariant on every state and edge");
        foreach (var option in new Option[] { config, maxDepth, maxStates, time, bug, workers, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var limits = new ExhaustLimits(
                Positive(parse.GetValue(maxDepth), "--max-depth"),
                Positive(parse.GetValue(maxStates), "--max-states"),
                parse.GetValue(time) is { } seconds ? (seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new InputException("--time must be positive")) : null,
                Positive(parse.GetValue(workers), "--workers") ?? 0);
            var fault = parse.GetValue(bug) is { } name ? ModelBugNames.Parse(name) : ModelFaults.None;
            var run = new ExhaustRun(ExhaustConfigFile.LoadNearest(parse.GetValue(config)!), limits, fault, parse.GetValue(output) ?? DefaultOut);
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            var outcome = run.Execute(stdout, stderr, terminal);
            return outcome.Violation is null ? ExitCode.Ok : ExitCode.Failed;
        });
        return command;
    }

    private static T? Positive<T>(T? value, string option)
        where T : struct, IComparable<T> =>
        value is { } v && v.CompareTo(default) <= 0
            ? throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{option} must be positive, got {v}"))
            : value;
}
