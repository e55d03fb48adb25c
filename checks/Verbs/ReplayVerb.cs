using System.CommandLine;
using VmoKernel.Checks.Exploration.Replay;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks replay TRACE [--actors] [--verbose] [--diagram FILE] [--force] [--test NAME] [--seeded-bug NAME]</c>:
/// re-runs a saved schedule and prints its story; <c>--actors</c> prints the full numbered step log instead,
/// <c>--diagram</c> also writes a Mermaid sequence diagram (<see cref="ReplaySession"/>). Exit 1 when the
/// saved failure happens again (the expected outcome), 2 when the trace is refused, 4 when the schedule no longer fails.
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

        command.SetAction(parse => ReplaySession.Run(
            new ReplayOptions(
                parse.GetValue(path)!, parse.GetValue(actors), parse.GetValue(verbose), parse.GetValue(diagram), parse.GetValue(force), parse.GetValue(test),
                parse.GetResult(seededBug) is null ? null : parse.GetValue(seededBug)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
