using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Report.Site;

namespace VmoKernel.Checks.Report;

/// <summary>
/// What <c>checks report</c> does once its arguments are parsed: prints the traceability matrix, writes it
/// as Markdown, the reviewer's site (<see cref="SiteWriter"/>, with the verdicts
/// of a results folder read by <see cref="RunResultsReader"/>), and rewrites or checks the <c>checks:</c>
/// bullets of spec/. Returns <see cref="ExitCode.Failed"/> on any problem of the matrix or a stale bullet
/// under <c>--check-spec</c>; bad input is an <see cref="InputException"/>.
/// </summary>
public static class ReportCommand
{
    /// <summary>Runs the report over the repository <paramref name="repo"/> (null: the one holding the current folder).</summary>
    public static int Run(string? repo, string? output, bool update, bool check, (string? Folder, string? Results) site, TextWriter stdout)
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
