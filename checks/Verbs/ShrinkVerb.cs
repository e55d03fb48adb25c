using System.CommandLine;
using VmoKernel.Checks.Exploration.Shrink;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks shrink TRACE [--out FILE] [--max-runs N] [--force]</c>: shortens a failing schedule while it still
/// fails with the same spec ID and writes the shrunk trace, which <c>checks replay</c> accepts
/// (<see cref="ShrinkCommand"/>). Exit 1: shrunk (the trace still fails, as it must); 2: bad input or an
/// output that exists without --force; 4: the trace no longer fails.
/// </summary>
public sealed class ShrinkVerb : IVerb
{
    public Command Build()
    {
        var path = new Argument<string>("TRACE") { Description = "a trace file saved by 'checks explore'" };
        var output = new Option<string>("--out") { Description = "where to write the shrunk trace (default TRACE with .shrunk.json)" };
        var maxRuns = new Option<int>("--max-runs") { Description = $"bound on candidate runs (default {TraceShrinker.DefaultMaxRuns})", DefaultValueFactory = _ => TraceShrinker.DefaultMaxRuns };
        var force = new Option<bool>("--force") { Description = "overwrite an existing --out file; shrink a trace from other sources (with a warning)" };
        var command = new Command("shrink", "shorten a failing schedule while it fails with the same spec ID");
        command.Arguments.Add(path);
        command.Options.Add(output);
        command.Options.Add(maxRuns);
        command.Options.Add(force);
        command.SetAction(parse => ShrinkCommand.Run(
            parse.GetValue(path)!, parse.GetValue(output), parse.GetValue(maxRuns), parse.GetValue(force),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }
}
