using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// What <c>checks replay</c> does once its arguments are parsed: re-runs a saved schedule and prints its
/// story (one line per syscall per user thread, then the failure with its spec statement), or with
/// <see cref="ReplayOptions.Actors"/> the full numbered step log; optionally writes a Mermaid sequence diagram. Returns
/// <see cref="ExitCode.Failed"/> when the saved failure happens again (the expected outcome),
/// <see cref="ExitCode.NoLongerFails"/> when the schedule no longer fails; a refused trace is an <see cref="InputException"/>.
/// </summary>
public static class ReplaySession
{
    public static int Run(ReplayOptions request, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trace = TraceFile.Load(request.TracePath);
        if (request.Diagram is { } diagramPath)
        {
            OutputFile.Check(diagramPath, "--diagram", request.Force);
        }

        var admitted = TraceReplayer.Admit(trace, request.Test, request.ExpectedBugs, request.Force, stderr);
        var log = new StepLog(request.Verbose);
        var outcome = TraceReplayer.Replay(trace, admitted, log);
        if (outcome.Failure is null)
        {
            stdout.WriteLine($"trace no longer fails: {trace.Test} ran to the end of its schedule without '{trace.Failure.Split('\n')[0]}'");
            return ExitCode.NoLongerFails;
        }

        var bugs = trace.SeededBugs.Count == 0 ? "none" : string.Join(", ", trace.SeededBugs);
        stdout.WriteLine($"replaying {trace.Test} (profile {trace.Profile}, seed {trace.Seed}, {trace.Strategy}, seeded bugs: {bugs})");
        var lines = request.Actors || request.Verbose
            ? log.Steps
            : StoryView.Of(log.Timeline, outcome.Failure.Message, outcome.Failure.SpecId);
        foreach (var line in lines)
        {
            stdout.WriteLine(line);
        }

        if (request.Diagram is { } file)
        {
            OutputFile.Write(file, SequenceDiagram.Of(log.Timeline, outcome.Failure.Message, outcome.Failure.SpecId));
            stdout.WriteLine($"diagram written to {file}");
        }

        stdout.WriteLine(outcome.Failure.Message == trace.Failure
            ? $"failure reproduced: {outcome.Failure.Message}"
            : $"failure differs from the saved one ('{trace.Failure.Split('\n')[0]}'): {outcome.Failure.Message}");
        return ExitCode.Failed;
    }
}
