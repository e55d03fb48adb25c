using System.Text;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// A measurement another tool writes as Markdown (docs/coverage.md, docs/mutation.md). The site shows
/// it as written (headings, paragraphs, lists, tables) and, beside each invariant, the table rows that
/// name the invariant's ID. Nothing is computed here: a document that does not exist is "not measured yet".
/// </summary>
public sealed class MeasuredDocument
{
    private MeasuredDocument(string path, string[] lines)
    {
        Path = path;
        Lines = lines;
    }

    public string Path { get; }

    public string[] Lines { get; }

    public static MeasuredDocument? Read(string root, string path)
    {
        var full = System.IO.Path.Combine(root, path);
        return File.Exists(full) ? new MeasuredDocument(path, File.ReadAllLines(full)) : null;
    }

    /// <summary>The header of each table that has a row naming the ID, with those rows, as HTML tables.</summary>
    public string RowsNaming(string id)
    {
        var html = new StringBuilder();
        foreach (var (header, rows) in Tables())
        {
            var naming = rows.Where(r => r.Any(c => SpecIds.CatalogueIdsIn(c).Contains(id))).ToList();
            if (naming.Count > 0)
            {
                html.Append(Html.Table(header, [.. naming.Select(r => (IReadOnlyList<string>)[.. r.Select(Html.Escape)])], ""));
            }
        }

        return html.ToString();
    }

    /// <summary>The whole document as HTML.</summary>
    public string Render()
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                html.Append($"<p>{Html.Prose(string.Join(' ', paragraph), Html.Escape)}</p>\n");
                paragraph.Clear();
            }
        }

        for (var i = 0; i < Lines.Length; i++)
        {
            var line = Lines[i];
            if (line.StartsWith('|'))
            {
                Flush();
                var block = Lines.Skip(i).TakeWhile(l => l.StartsWith('|')).ToList();
                i += block.Count - 1;
                var rows = block.Where(l => !IsRule(l)).Select(Cells).ToList();
                html.Append(Html.Table(rows[0], [.. rows.Skip(1).Select(r => (IReadOnlyList<string>)[.. r.Select(c => Html.Prose(c, Html.Escape))])], "(no rows)"));
            }
            else if (line.StartsWith('#'))
            {
                Flush();
                var level = Math.Min(line.TakeWhile(c => c == '#').Count() + 1, 6);
                html.Append($"<h{level}>{Html.Prose(line.TrimStart('#').Trim(), Html.Escape)}</h{level}>\n");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush();
                html.Append($"<ul><li>{Html.Prose(line[2..], Html.Escape)}</li></ul>\n");
            }
            else if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                paragraph.Add(line.Trim());
            }
        }

        Flush();
        return html.ToString();
    }

    private IEnumerable<(List<string> Header, List<List<string>> Rows)> Tables()
    {
        for (var i = 0; i < Lines.Length; i++)
        {
            if (!Lines[i].StartsWith('|'))
            {
                continue;
            }

            var block = Lines.Skip(i).TakeWhile(l => l.StartsWith('|')).Where(l => !IsRule(l)).Select(Cells).ToList();
            i += Lines.Skip(i).TakeWhile(l => l.StartsWith('|')).Count();
            yield return (block[0], block.Skip(1).ToList());
        }
    }

    private static bool IsRule(string line) => line.Trim('|', ' ', '-', ':').Length == 0;

    private static List<string> Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
