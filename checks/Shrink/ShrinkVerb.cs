using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Shrink;

/// <summary>
/// <c>checks shrink TRACE [--out FILE] [--max-runs N]</c>: shortens a failing schedule while it still fails
/// with the same spec ID, prints the steps, context switches and syscalls before and after, and writes the
/// shrunk trace (default: next to TRACE, <c>NAME.shrunk.json</c>), which <c>checks replay</c> accepts.
/// Exit 1: shrunk (the trace still fails, as it must); 2: bad input; 3: the trace no longer fails.
/// </summary>
public sealed class ShrinkVerb : IVerb
{
    public Command Build()
    {
        var path = new Argument<string>("TRACE") { Description = "a trace file saved by 'checks explore'" };
        var output = new Option<string>("--out") { Description = "where to write the shrunk trace (default TRACE with .shrunk.json)" };
        var maxRuns = new Option<int>("--max-runs") { Description = $"bound on candidate runs (default {TraceShrinker.DefaultMaxRuns})", DefaultValueFactory = _ => TraceShrinker.DefaultMaxRuns };
        var command = new Command("shrink", "shorten a failing schedule while it fails with the same spec ID");
        command.Arguments.Add(path);
        command.Options.Add(output);
        command.Options.Add(maxRuns);
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
            ShrinkResult result;
            try
            {
                result = TraceShrinker.Shrink(trace, runs);
            }
            catch (InvalidOperationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message.Split('\n')[0]}");
                return ExitCode.Internal;
            }

            var target = parse.GetValue(output) ?? DefaultOut(tracePath);
            Write(target, result.Shrunk);
            stdout.WriteLine($"shrinking {trace.Test} [{string.Join(", ", trace.SeededBugs)}]: {trace.SpecId}");
            stdout.WriteLine(Line("before", result.Before));
            stdout.WriteLine(Line("after", result.After));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.StepReduction:P0} fewer steps in {result.CandidateRuns} candidate runs; failure: {result.Shrunk.Failure.Split('\n')[0]}"));
            stdout.WriteLine($"shrunk trace saved to {target}");
            stdout.WriteLine($"replay: {ExploreSession.ReplayCommand(target)}");
            return ExitCode.Failed;
        });
        return command;
    }

    private static string Line(string label, CandidateRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-7} {run.Steps,5} steps ({run.Executed.SchedulingChoices} scheduling, {run.Executed.ValueChoices} value choices), {run.Executed.ContextSwitches} context switches, {run.Operations} syscalls, {run.LogLines} log lines");

    private static string DefaultOut(string tracePath) =>
        Path.Combine(Path.GetDirectoryName(tracePath) ?? "", Path.GetFileNameWithoutExtension(tracePath) + ".shrunk.json");

    // Not TraceFile.Save: it names files by test and bugs, which would overwrite the original trace.
    private static void Write(string path, ExplorationTrace trace)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(trace, Json) + "\n");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
