using System.Globalization;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// What <c>checks shrink</c> does once its arguments are parsed: shortens a failing schedule while it still
/// fails with the same spec ID, prints the steps, context switches and syscalls before and after, and writes
/// the shrunk trace (default: next to the trace, <c>NAME.shrunk.json</c>, never over an existing file).
/// Returns <see cref="ExitCode.Failed"/> when shrunk (the trace still fails, as it must),
/// <see cref="ExitCode.NoLongerFails"/> when it no longer fails; bad input is an <see cref="InputException"/>.
/// </summary>
public static class ShrinkCommand
{
    /// <summary>Shrinks the trace at <paramref name="tracePath"/> in at most <paramref name="maxRuns"/> candidate runs.</summary>
    public static int Run(string tracePath, string? output, int maxRuns, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (maxRuns < 1)
        {
            throw new InputException($"--max-runs must be at least 1, got {maxRuns}");
        }

        var trace = TraceFile.Load(tracePath);
        var target = Target(tracePath, output, force);
        ShrinkResult result;
        try
        {
            result = TraceShrinker.Shrink(trace, maxRuns, force, stderr);
        }
        catch (NoLongerFailsException e)
        {
            stdout.WriteLine(e.Message);
            return ExitCode.NoLongerFails;
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine($"error: {e.Message.Split('\n')[0]}");
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
