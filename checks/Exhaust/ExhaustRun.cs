using System.Globalization;
using VmoKernel.Model;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// One <c>checks exhaust</c> run after argument parsing: searches the configuration's space from a fresh
/// kernel (with the seeded model bug, if any), shows progress, and on a violation replays the shortest
/// path, writes it as a scenario file and prints it with the command that reproduces it. The last line
/// says whether the space was exhausted.
/// </summary>
public sealed class ExhaustRun(ExhaustConfig config, ExhaustLimits limits, ModelFaults fault, string outDirectory)
{
    /// <summary>The scenario file written for the violation, if one was found.</summary>
    public string? ScenarioPath { get; private set; }

    public ExhaustOutcome Execute(TextWriter output, TextWriter progress, bool terminal)
    {
        var initial = KernelState.Fresh() with { Faults = fault };
        var search = new BreadthFirstSearch(config, limits)
        {
            LevelDone = terminal ? null : level => progress.WriteLine($"level {level}"),
        };
        var bugNote = fault == ModelFaults.None ? "" : $", model bug {fault}";
        output.WriteLine($"exhaust {config.Name}: {config.Description} ({limits.WorkerCount} threads{bugNote})");
        ExhaustOutcome outcome;
        using (new ProgressPrinter(progress, terminal, search.Progress))
        {
            outcome = search.Run(initial);
        }

        if (outcome.Violation is { } violation)
        {
            Report(output, initial, search.Seen, violation);
        }

        output.WriteLine(FinalLine(outcome));
        return outcome;
    }

    private void Report(TextWriter output, KernelState initial, FingerprintSet seen, ExhaustViolation violation)
    {
        var (steps, broken) = ExhaustPath.Replay(config, initial, seen, violation);
        var bugOption = fault == ModelFaults.None ? "" : $" --model-bug {fault}";
        Directory.CreateDirectory(outDirectory);
        var file = Path.Combine(outDirectory, $"{config.Name}{(fault == ModelFaults.None ? "" : "-" + fault)}-{violation.Id}.scn");
        var reproduce = $"dotnet run --project checks -- scenario {file} --invariants{bugOption}";
        var text = ScenarioWriter.Write(
            $"exhaust {config.Name}: {violation.Id} after {steps.Count} calls",
            [
                $"Shortest path to {violation.Message}",
                $"found by: checks exhaust --config {config.Name}{bugOption}",
                $"reproduce: {reproduce}",
            ],
            steps);
        File.WriteAllText(file, text);
        ScenarioPath = file;
        output.WriteLine($"VIOLATION {violation.Message}");
        if (broken.Count == 0)
        {
            output.WriteLine("warning: replaying the path did not break the invariant again");
        }

        output.WriteLine($"shortest path ({steps.Count} calls) written to {file}:");
        output.Write(text);
        output.WriteLine($"reproduce: {reproduce}");
    }

    /// <summary>The last line: exhausted or why not, and the counts.</summary>
    public static string FinalLine(ExhaustOutcome o)
    {
        var counts = string.Create(
            CultureInfo.InvariantCulture,
            $"{o.Generated:N0} states, {o.Distinct:N0} distinct, depth {o.Depth}, {o.Elapsed.TotalSeconds:0.0} s, {o.GeneratedPerSecond:N0} states/s, {o.DistinctPerSecond:N0} distinct/s");
        return o.Exhausted ? $"exhausted: space fully explored and clean; {counts}"
            : o.Violation is not null ? $"not exhausted: stopped at the first violation (depth {o.Violation.Depth}); {counts}"
            : $"not exhausted: stopped by {o.Stop}; {counts}";
    }
}
