using System.CommandLine;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Report;

/// <summary>
/// <c>checks report [--repo DIR] [--out FILE] [--update-spec] [--check-spec]</c>: prints the traceability
/// matrix (spec ID -> scenarios, monitors, Coyote tests, FsCheck properties, xunit facts, Z3
/// obligations, model predicates, must-fail twins), writes it as Markdown with <c>--out</c>, rewrites
/// stale <c>checks:</c> bullets with <c>--update-spec</c> and fails on them with <c>--check-spec</c>.
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
        var command = new Command("report", "print the traceability matrix: spec ID -> the checks that cite it");
        command.Options.Add(repo);
        command.Options.Add(output);
        command.Options.Add(update);
        command.Options.Add(check);
        command.SetAction(parse => Run(
            parse.GetValue(repo), parse.GetValue(output), parse.GetValue(update), parse.GetValue(check), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string? repo, string? output, bool update, bool check, TextWriter stdout)
    {
        if (repo is not null && !Directory.Exists(repo))
        {
            throw new InputException($"--repo: no folder {repo}");
        }

        var root = repo is null ? TraceabilityReport.FindRoot(Directory.GetCurrentDirectory()) : Path.GetFullPath(repo);
        var matrix = TraceabilityReport.Build(root, TraceabilityReport.AllSources());
        stdout.Write(MatrixText.Render(matrix));
        if (output is not null)
        {
            WriteMarkdown(output, MatrixMarkdown.Render(matrix));
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
