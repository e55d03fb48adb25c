using System.Text;
using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The page of one catalogue file (spec/transfer.md -> transfer.html): its title and opening prose,
/// then, under the file's own section headings, every entry with its ID, statement, source (linked to
/// the repository's copy), the command that runs the tests citing it, coverage rows naming it, and the
/// table of every check citing it with its file and line (and last verdict when results are given).
/// </summary>
public static partial class AreaPage
{
    /// <summary><c>spec/transfer.md</c> -> <c>transfer</c>.</summary>
    public static string Stem(string specFile) => Path.GetFileNameWithoutExtension(specFile);

    public static string FileName(string stem) => $"{stem}.html";

    /// <summary>The file's <c># title</c>, or its name.</summary>
    public static string Title(SiteContext site, string specFile) =>
        File.ReadLines(Path.Combine(site.Root, specFile)).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? specFile;

    public static string Render(SiteContext site, string specFile)
    {
        var lines = File.ReadAllLines(Path.Combine(site.Root, specFile));
        var rows = site.Matrix.Rows.Where(r => r.Entry.File == specFile).ToDictionary(r => r.Entry.Line);
        var body = new StringBuilder();
        body.Append($"<h1>{Html.Escape(Title(site, specFile))}</h1>\n");
        body.Append($"<p class=\"none\">{rows.Count} entries from {site.Bundle.LinkTo(specFile)}.</p>\n");
        var paragraph = new List<string>();
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            fenced ^= line.StartsWith("```", StringComparison.Ordinal);
            if (rows.TryGetValue(i + 1, out var row))
            {
                Flush(site, body, paragraph);
                body.Append(Entry(site, row));
                while (i + 1 < lines.Length && !lines[i + 1].StartsWith('#'))
                {
                    i++;
                }
            }
            else if (!fenced && line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush(site, body, paragraph);
                body.Append($"<h2>{Html.Escape(line[3..].Trim())}</h2>\n");
            }
            else if (line.Trim().Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || fenced || line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush(site, body, paragraph);
            }
            else
            {
                paragraph.Add(line.Trim());
            }
        }

        Flush(site, body, paragraph);
        return Html.Page(Title(site, specFile), body.ToString());
    }

    private static void Flush(SiteContext site, StringBuilder body, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            body.Append($"<p>{Html.Prose(string.Join(' ', paragraph), site.Linker.Render)}</p>\n");
            paragraph.Clear();
        }
    }

    private static string Entry(SiteContext site, MatrixRow row)
    {
        var entry = row.Entry;
        var html = new StringBuilder();
        html.Append($"<section class=\"entry\" id=\"{entry.Id}\">\n<h3><a href=\"#{entry.Id}\">{entry.Id}</a><span class=\"kind\">{Html.Escape(entry.Kind)}</span></h3>\n");
        html.Append(Statement(site, entry.Statement));
        html.Append("<dl>\n");
        html.Append($"<dt>source</dt><dd>{site.Linker.Render(entry.Source)}</dd>\n");
        html.Append($"<dt>defined at</dt><dd>{site.Bundle.LinkTo(entry.File, entry.Line)}</dd>\n");
        var tests = row.Checks.Values.SelectMany(c => c).Where(c => c.Reference?.StartsWith("test:", StringComparison.Ordinal) == true).ToList();
        var specTests = tests.Count(c => c.Kind != CheckKind.TwinTest);
        var twinTests = tests.Count(c => c.Kind == CheckKind.TwinTest);
        html.Append($"<dt>run its tests</dt><dd><code>dotnet test vmo-kernel-model.slnx --filter spec={entry.Id}</code> ({Count(specTests, "test")})");
        if (twinTests > 0)
        {
            html.Append($"<br><code>dotnet test vmo-kernel-model.slnx --filter must-fail-twin={entry.Id}</code> ({Count(twinTests, "twin test")})");
        }

        html.Append("</dd>\n");
        if (entry.IsInvariant)
        {
            html.Append($"<dt>must-fail twin</dt><dd>{(row.HasTwin ? "<span class=\"pass\">yes</span>" : "<span class=\"gap\">none: a broken check would go unnoticed</span>")}</dd>\n");
        }

        html.Append("</dl>\n");
        if (site.Coverage?.RowsNaming(entry.Id) is { Length: > 0 } coverage)
        {
            html.Append("<details><summary>coverage</summary>\n").Append(coverage).Append("</details>\n");
        }

        html.Append(row.HasCheck
            ? Html.Table(site.Checks.Headers, site.Checks.For(row), "", "checks")
            : "<p class=\"gap\">No check cites this entry.</p>\n");
        return html.Append("</section>\n").ToString();
    }

    /// <summary>The statement's first line as a paragraph; a numbered check order below it as a list.</summary>
    private static string Statement(SiteContext site, string statement)
    {
        var lines = statement.Split('\n');
        var items = lines.Skip(1).ToList();
        var numbered = items.Count > 0 && items.All(Numbered().IsMatch);
        var first = numbered ? lines[0] : string.Join(' ', lines);
        var html = new StringBuilder($"<p class=\"statement\">{Html.Prose(first, site.Linker.Render)}</p>\n");
        if (numbered)
        {
            html.Append("<ol>\n");
            foreach (var item in items)
            {
                html.Append($"<li>{Html.Prose(Numbered().Replace(item, ""), site.Linker.Render)}</li>\n");
            }

            html.Append("</ol>\n");
        }

        return html.ToString();
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    [GeneratedRegex(@"^[0-9]+\.\s+")]
    private static partial Regex Numbered();
}
