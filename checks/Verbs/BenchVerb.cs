using System.CommandLine;
using VmoKernel.Checks.Bench;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks bench [--quick] [--out FILE] [--exhaust-only | --shrink-only] [--deep-bugs [--seconds S] [--runs N]]
/// [--generated-finds [--iterations N] [--seeded-bug NAME]] [--shrink-generated [--iterations N]]</c>: measures
/// bug-finding, throughput, shrinking, proofs and the exhaustive search and writes the tables (default
/// <c>docs/benchmarks.md</c>) with <see cref="BenchCommand"/>; <c>--deep-bugs</c> measures only the deep seeded
/// bugs against stress (<see cref="DeepBugCommand"/>); <c>--generated-finds</c> only the Generated harness against
/// each old seeded bug (<see cref="GeneratedFindsCommand"/>); <c>--shrink-generated</c> only the shrinks of its finds. A benchmark prints figures, it does not judge them: exit 0.
/// </summary>
public sealed class BenchVerb : IVerb
{
    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "one seed, shorter stress and throughput runs, no proofs" };
        var output = new Option<string>("--out") { Description = $"Markdown file to write (default {BenchCommand.DefaultOut})" };
        var exhaustOnly = new Option<bool>("--exhaust-only") { Description = "only the exhaustive-checking section, replaced in place in the output file" };
        var shrinkOnly = new Option<bool>("--shrink-only") { Description = "only the shrinking section (every seeded bug's ci trace shrunk), replaced in place in the output file" };
        var deepBugs = new Option<bool>("--deep-bugs") { Description = "only the deep seeded bugs, Coyote against uncontrolled stress, replaced in place in the output file" };
        var seconds = new Option<double>("--seconds") { Description = $"with --deep-bugs: wall time of each run (default {DeepBugCommand.DefaultSeconds})", DefaultValueFactory = _ => DeepBugCommand.DefaultSeconds };
        var runs = new Option<int>("--runs") { Description = $"with --deep-bugs: runs (seeds) per strategy and bug (default {DeepBugCommand.DefaultRuns})", DefaultValueFactory = _ => DeepBugCommand.DefaultRuns };
        var generatedFinds = new Option<bool>("--generated-finds") { Description = "only the Generated harness with each old seeded bug switched on: the iteration of the first find, replaced in place in the output file" };
        var iterations = new Option<int>("--iterations") { Description = $"with --generated-finds or --shrink-generated: iterations per bug (default {GeneratedFindsCommand.DefaultIterations})", DefaultValueFactory = _ => (int)GeneratedFindsCommand.DefaultIterations };
        var shrinkGenerated = new Option<bool>("--shrink-generated") { Description = "only the shrinks of what the Generated harness finds with each old seeded bug switched on (at most --iterations iterations to find), replaced in place in the output file" };
        var seededBug = new Option<string>("--seeded-bug") { Description = "with --generated-finds: only this bug (printed, the file is left alone)" };
        var command = new Command("bench", "measure bug-finding and throughput; write the tables to docs/benchmarks.md");
        command.Options.Add(quick);
        command.Options.Add(output);
        command.Options.Add(exhaustOnly);
        command.Options.Add(shrinkOnly);
        command.Options.Add(deepBugs);
        command.Options.Add(seconds);
        command.Options.Add(runs);
        command.Options.Add(generatedFinds);
        command.Options.Add(iterations);
        command.Options.Add(shrinkGenerated);
        command.Options.Add(seededBug);
        command.SetAction(parse => parse.GetValue(generatedFinds)
            ? GeneratedFindsCommand.Run(parse.GetValue(iterations), parse.GetValue(seededBug), parse.GetValue(output) ?? BenchCommand.DefaultOut, parse.InvocationConfiguration.Output)
            : parse.GetValue(deepBugs)
            ? DeepBugCommand.Run(parse.GetValue(seconds), parse.GetValue(runs), parse.GetValue(output) ?? BenchCommand.DefaultOut, parse.InvocationConfiguration.Output)
            : BenchCommand.Run(
            parse.GetValue(quick), parse.GetValue(exhaustOnly), parse.GetValue(output) ?? BenchCommand.DefaultOut, parse.InvocationConfiguration.Output, parse.GetValue(shrinkOnly),
            parse.GetValue(shrinkGenerated) ? GeneratedFindsCommand.Iterations(parse.GetValue(iterations)) : null));
        return command;
    }
}
