using System.CommandLine;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Verbs;

/// <summary>
/// <c>checks replay TRACE [--actors] [--verbose] [--diagram FILE] [--force] [--test NAME] [--seeded-bug NAME]</c>:
/// re-runs a saved schedule and prints its story (one line per syscall per user thread, then the failure
/// with its spec statement); <c>--actors</c> prints the full numbered step log instead, <c>--diagram</c>
/// also writes a Mermaid sequence diagram. Exit 1 when the saved failure happens again (the expected
/// outcome), 2 when the trace is refused, 4 when the schedule no longer fails.
/// </summary>
public sealed class ReplayVerb : IVerb
{
    public Command Build()
    {
        var path = new Argument<string>("TRACE") { Description = "a trace file saved by 'checks explore'" };
        var actors = new Option<bool>("--actors") { Description = "print the full step log of every actor instead of the story" };
        var verbose = new Option<bool>("--verbose") { Description = "with --actors: also log sends, actor creation and monitor states" };
        var diagram = new Option<string>("--diagram") { Description = "also write a Mermaid sequence diagram of the failure to this file" };
        var force = new Option<bool>("--force") { Description = "replay a trace from other sources or with an edited header (with a warning); overwrite --diagram" };
        var test = new Option<string>("--test") { Description = "refuse the trace unless it is from this test" };
        var seededBug = new Option<string[]>("--seeded-bug") { Description = "refuse the trace unless recorded with exactly these seeded bugs" };
        var command = new Command("replay", "re-run a saved failing schedule and tell its story");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { actors, verbose, diagram, force, test, seededBug })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var trace = TraceFile.Load(parse.GetValue(path)!);
            if (parse.GetValue(diagram) is { } diagramPath)
            {
                OutputFile.Check(diagramPath, "--diagram", parse.GetValue(force));
            }

            var expectedBugs = parse.GetResult(seededBug) is null ? null : parse.GetValue(seededBug);
            var request = TraceReplayer.Admit(trace, parse.GetValue(test), expectedBugs, parse.GetValue(force), parse.InvocationConfiguration.Error);
            var log = new StepLog(parse.GetValue(verbose));
            var outcome = TraceReplayer.Replay(trace, request, log);
            if (outcome.Failure is null)
            {
                stdout.WriteLine($"trace no longer fails: {trace.Test} ran to the end of its schedule without '{trace.Failure.Split('\n')[0]}'");
                return ExitCode.NoLongerFails;
            }

            var bugs = trace.SeededBugs.Count == 0 ? "none" : string.Join(", ", trace.SeededBugs);
            stdout.WriteLine($"replaying {trace.Test} (profile {trace.Profile}, seed {trace.Seed}, {trace.Strategy}, seeded bugs: {bugs})");
            var lines = parse.GetValue(actors) || parse.GetValue(verbose)
                ? log.Steps
                : StoryView.Of(log.Timeline, outcome.Failure.Message, outcome.Failure.SpecId);
            foreach (var line in lines)
            {
                stdout.WriteLine(line);
            }

            if (parse.GetValue(diagram) is { } file)
            {
                OutputFile.Write(file, SequenceDiagram.Of(log.Timeline, outcome.Failure.Message, outcome.Failure.SpecId));
                stdout.WriteLine($"diagram written to {file}");
            }

            stdout.WriteLine(outcome.Failure.Message == trace.Failure
                ? $"failure reproduced: {outcome.Failure.Message}"
                : $"failure differs from the saved one ('{trace.Failure.Split('\n')[0]}'): {outcome.Failure.Message}");
            return ExitCode.Failed;
        });
        return command;
    }
}
