using System.CommandLine;
using VmoKernel.Checks.Report;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks report [--repo DIR] [--out FILE] [--html DIR [--results DIR]] [--update-spec] [--check-spec]</c>: prints the traceability
/// matrix (spec ID -> scenarios, monitors, Coyote tests, FsCheck properties, xunit facts, Z3
/// obligations, model predicates, must-fail twins), writes it as Markdown with <c>--out</c>, rewrites
/// stale <c>checks:</c> bullets with <c>--update-spec</c> and fails on them with <c>--check-spec</c>;
/// <c>--html</c> writes the reviewer's static site, with the last run's verdicts beside each check when
/// <c>--results</c> names a results folder (<see cref="ReportCommand"/>).
/// Exit 1 on any problem (an ID with no check, an invariant with no twin, a citation of an unknown ID),
/// 2 on bad input (no spec folder, a malformed entry or scenario).
/// </summary>
public sealed class ReportVerb : IVerb
{
    public Command Build()
    {
        var repo = new Option<string?>("--repo") { Description = "the repository root (default: the folder holding vmo-kernel-model.slnx above the current directory)" };
        var output = new Option<string?>("--out") { Description = "write the matrix as Markdown to this file (e.g. docs/traceability.md)" };
        var update = new Option<bool>("--update-spec") { Description = "rewrite every stale checks: bullet in spec/ from the matrix" };
        var check = new Option<bool>("--check-spec") { Description = "fail (exit 1) when a checks: bullet in spec/ differs from the matrix" };
        var html = new Option<string?>("--html") { Description = "write the reviewer's static site (one page per spec area, every check linked to its file and line) into this folder" };
        var results = new Option<string?>("--results") { Description = "with --html: a folder of the last run's results (JUnit XML, TRX, explore summary, prove output) to show beside each check" };
        var command = new Command("report", "print the traceability matrix: spec ID -> the checks that cite it");
        command.Options.Add(repo);
        command.Options.Add(output);
        command.Options.Add(update);
        command.Options.Add(check);
        command.Options.Add(html);
        command.Options.Add(results);
        command.SetAction(parse => ReportCommand.Run(
            parse.GetValue(repo), parse.GetValue(output), parse.GetValue(update), parse.GetValue(check), (parse.GetValue(html), parse.GetValue(results)), parse.InvocationConfiguration.Output));
        return command;
    }
}
