using System.CommandLine;
using VmoKernel.Checks.Bench;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks bench [--quick] [--out FILE] [--exhaust-only]</c>: measures bug-finding, throughput, shrinking,
/// proofs and the exhaustive search and writes the tables (default <c>docs/benchmarks.md</c>) with
/// <see cref="BenchCommand"/>. A benchmark prints figures, it does not judge them: exit 0.
/// </summary>
public sealed class BenchVerb : IVerb
{
    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "one seed, shorter stress and throughput runs, no proofs" };
        var output = new Option<string>("--out") { Description = $"Markdown file to write (default {BenchCommand.DefaultOut})" };
        var exhaustOnly = new Option<bool>("--exhaust-only") { Description = "only the exhaustive-checking section, replaced in place in the output file" };
        var command = new Command("bench", "measure bug-finding and throughput; write the tables to docs/benchmarks.md");
        command.Options.Add(quick);
        command.Options.Add(output);
        command.Options.Add(exhaustOnly);
        command.SetAction(parse => BenchCommand.Run(
            parse.GetValue(quick), parse.GetValue(exhaustOnly), parse.GetValue(output) ?? BenchCommand.DefaultOut, parse.InvocationConfiguration.Output));
        return command;
    }
}
