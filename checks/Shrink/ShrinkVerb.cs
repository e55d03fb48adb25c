using System.CommandLine;
using System.Globalization;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Shrink;

/// <summary>
/// <c>checks shrink TRACE [--out FILE] [--max-runs N] [--force]</c>: shortens a failing schedule while it still
/// fails with the same spec ID, prints the steps, context switches and syscalls before and after, and writes
/// the shrunk trace (default: next to TRACE, <c>NAME.shrunk.json</c>, never over an existing file), which
/// <c>checks replay</c> accepts. Exit 1: shrunk (the trace still fails, as it must); 2: bad input or an
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
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var tracePath = parse.GetValue(path)!;
            var runs = parse.GetValue(maxRuns);
            if (runs < 1)
            {
                throw new InputException($"--max-runs must be at least 1, got {runs}");
            }

            var trace = TraceFile.Load(tracePath);
            var target = Target(tracePath, parse.GetValue(output), parse.GetValue(force));
            ShrinkResult result;
            try
            {
                result = TraceShrinker.Shrink(trace, runs, parse.GetValue(force), parse.InvocationConfiguration.Error);
            }
            catch (NoLongerFailsException e)
            {
                stdout.WriteLine(e.Message);
                return ExitCode.NoLongerFails;
            }
            catch (InvalidOperationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message.Split('\n')[0]}");
                return ExitCode.Internal;
            }

            TraceFile.Write(result.Shrunk, target);
            stdout.WriteLine($"shrinking {trace.Test} [{string.Join(", ", trace.SeededBugs)}]: {trace.SpecId}");
            stdout.WriteLine(Line("before", result.Before));
            stdout.WriteLine(Line("after", result.After));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.StepsRatio:F1}x fewer steps ({result.StepReduction:P0} removed) in {result.CandidateRuns} candidate runs; failure: {result.Shrunk.Failure.Split('\n')[0]}"));
            stdout.WriteLine($"shrunk trace saved to {target}");
            stdout.WriteLine($"replay: {ReplayCommand.For(target)}");
            return ExitCode.Failed;
        });
        return command;
    }

    private static string Line(string label, CandidateRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-7} {run.Steps,5} steps ({run.Executed.SchedulingChoices} scheduling, {run.Executed.ValueChoices} value choices), {run.Executed.Preemptions} preemptions, {run.Executed.ContextSwitches} context switches, {run.Operations} syscalls, {run.LogLines} log lines");

    /// <summary>Where the shrunk trace goes, checked before the shrinking: never over the trace being shrunk, never over another file without --force.</summary>
    private static string Target(string tracePath, string? output, bool force)
    {
        if (output is null)
        {
            var folder = Path.GetDirectoryName(tracePath) is { Length: > 0 } d ? d : ".";
            OutputFile.CheckFolder(folder, "--out");
            return OutputFile.Unique(folder, Path.GetFileNameWithoutExtension(tracePath) + ".shrunk", ".json");
        }

        if (Path.GetFullPath(output) == Path.GetFullPath(tracePath))
        {
            throw new InputException($"--out {output} is the trace being shrunk; write the shrunk trace to another file");
        }

        OutputFile.Check(output, "--out", force);
        return output;
    }
}
