using System.CommandLine;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Verbs;

/// <summary>
/// <c>checks replay TRACE [--verbose] [--test NAME] [--seeded-bug NAME]</c>: re-runs a saved schedule
/// and prints it as a numbered step log ending in the failure. Exit 1 when the saved failure happens
/// again (the expected outcome), 2 when the trace is refused, 3 when the schedule no longer fails the same way.
/// </summary>
public sealed class ReplayVerb : IVerb
{
    public Command Build()
    {
        var path = new Argument<string>("TRACE") { Description = "a trace file saved by 'checks explore'" };
        var verbose = new Option<bool>("--verbose") { Description = "also log sends, actor creation and monitor states" };
        var test = new Option<string>("--test") { Description = "refuse the trace unless it is from this test" };
        var seededBug = new Option<string[]>("--seeded-bug") { Description = "refuse the trace unless recorded with exactly these seeded bugs" };
        var command = new Command("replay", "re-run a saved failing schedule and print its step log");
        command.Arguments.Add(path);
        command.Options.Add(verbose);
        command.Options.Add(test);
        command.Options.Add(seededBug);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var trace = TraceFile.Load(parse.GetValue(path)!);
            var expectedBugs = parse.GetResult(seededBug) is null ? null : parse.GetValue(seededBug);
            var request = TraceReplayer.Admit(trace, parse.GetValue(test), expectedBugs);
            var log = new StepLog(parse.GetValue(verbose));
            var outcome = TraceReplayer.Replay(trace, request, log);

            var bugs = trace.SeededBugs.Count == 0 ? "none" : string.Join(", ", trace.SeededBugs);
            stdout.WriteLine($"replaying {trace.Test} (profile {trace.Profile}, seed {trace.Seed}, {trace.Strategy}, seeded bugs: {bugs})");
            foreach (var step in log.Steps)
            {
                stdout.WriteLine(step);
            }

            if (outcome.Failure?.Message == trace.Failure)
            {
                stdout.WriteLine($"failure reproduced: {outcome.Failure.Message}");
                return ExitCode.Failed;
            }

            parse.InvocationConfiguration.Error.WriteLine(
                $"error: replay did not reproduce '{trace.Failure.Split('\n')[0]}' (got: {outcome.Failure?.Message ?? "no failure"})");
            return ExitCode.Internal;
        });
        return command;
    }
}
