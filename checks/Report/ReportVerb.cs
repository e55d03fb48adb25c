using System.CommandLine;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Report.Site;

namespace VmoKernel.Checks.Report;

/// <summary>
/// <c>checks report [--repo DIR] [--out FILE] [--html DIR [--results DIR]] [--update-spec] [--check-spec]</c>: prints the traceability
/// matrix (spec ID -> scenarios, monitors, Coyote tests, FsCheck properties, xunit facts, Z3
/// obligations, model predicates, must-fail twins), writes it as Markdown with <c>--out</c>, rewrites
/// stale <c>checks:</c> bullets with <c>--update-spec</c> and fails on them with <c>--check-spec</c>.
/// <c>--html</c> writes the reviewer's static site (<see cref="SiteWriter"/>), with the last run's
/// verdicts beside each check when <c>--results</c> names a results folder (<see cref="RunResultsReader"/>).
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
        command.SetAction(parse => Run(
            parse.GetValue(repo), parse.GetValue(output), parse.GetValue(update), parse.GetValue(check), (parse.GetValue(html), parse.GetValue(results)), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string? repo, string? output, bool update, bool check, (string? Folder, string? Results) site, TextWriter stdout)
    {
        if (repo is not null && !Directory.Exists(repo))
        {
            throw new InputException($"--repo: no folder {repo}");
        }

        if (site is { Folder: null, Results: not null })
        {
            throw new InputException("--results needs --html DIR (the results are shown on the site)");
        }

        var results = site.Results is null ? null : RunResultsReader.Read(site.Results);

        var root = repo is null ? TraceabilityReport.FindRoot(Directory.GetCurrentDirectory()) : Path.GetFullPath(repo);
        var matrix = TraceabilityReport.Build(root, TraceabilityReport.AllSources());
        stdout.Write(MatrixText.Render(matrix));
        if (output is not null)
        {
            WriteMarkdown(output, MatrixMarkdown.Render(matrix));
        }

        if (site.Folder is not null)
        {
            var pages = SiteWriter.Write(new SiteContext(root, matrix, results), site.Folder);
            stdout.WriteLine($"site: {pages} pages in {site.Folder}{(results is null ? "" : $" with the verdicts of {results.Files.Count} results file(s)")}");
        }

        var failed = !matrix.Problems.IsEmpty;
        var stale = matrix.Stale.ToList();
        if (update)
        {
            stdout.WriteLine($"updated {SpecChecksBullets.Update(root, matrix)} checks: bullet(s) in spec/");
        }
        else if (check)
        {
            foreach (var row in stale)
            {
                stdout.WriteLine($"{row.Entry.File}:{row.Entry.ChecksLine}: {row.Entry.Id}: checks: bullet is stale");
            }

            failed |= stale.Count > 0;
        }
        else if (stale.Count > 0)
        {
            stdout.WriteLine($"{stale.Count} checks: bullet(s) in spec/ differ from the matrix (--update-spec rewrites them)");
        }

        return failed ? ExitCode.Failed : ExitCode.Ok;
    }

    private static void WriteMarkdown(string path, string markdown)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InputException($"--out: no folder {folder}");
        }

        File.WriteAllText(path, markdown);
    }
}
