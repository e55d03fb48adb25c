using System.Net;
using System.Text;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The few HTML shapes every page of the site uses: escaping, the page shell (one hand-written
/// stylesheet, no script, nothing fetched at view time) and tables that are never empty (a table with
/// no row is rendered as a sentence instead, because an empty table tells a reviewer nothing).
/// </summary>
public static partial class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A whole page. <paramref name="depth"/> is how many folders below the site root it sits.</summary>
    public static string Page(string title, string body, int depth = 0)
    {
        var up = string.Concat(Enumerable.Repeat("../", depth));
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append($"<title>{Escape(title)}</title>\n<link rel=\"stylesheet\" href=\"{up}style.css\">\n</head>\n<body>\n");
        page.Append($"<nav><a href=\"{up}index.html\">invariant catalogue</a> · <a href=\"{up}decisions.html\">decisions &amp; divergences</a>");
        page.Append($" · <a href=\"{up}coverage.html\">coverage</a> · <a href=\"{up}mutation.html\">mutation</a></nav>\n<main>\n");
        page.Append(body);
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>A table of already-rendered cells, or <paramref name="whenEmpty"/> as a paragraph when there is no row.</summary>
    public static string Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string whenEmpty, string? cssClass = null)
    {
        if (rows.Count == 0)
        {
            return $"<p class=\"none\">{Escape(whenEmpty)}</p>\n";
        }

        var table = new StringBuilder();
        table.Append(cssClass is null ? "<table>\n" : $"<table class=\"{cssClass}\">\n");
        table.Append("<thead><tr>").Append(string.Concat(headers.Select(h => $"<th>{Escape(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            table.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{c}</td>"))).Append("</tr>\n");
        }

        return table.Append("</tbody>\n</table>\n").ToString();
    }

    public static string Link(string href, string text) => $"<a href=\"{Escape(href)}\">{Escape(text)}</a>";

    /// <summary>
    /// Inline Markdown a spec file's prose uses: <c>`code`</c> spans, <c>*emphasis*</c>, <c>[text](target)</c>
    /// links (kept as their text), the rest rendered by <paramref name="text"/> (escaping, or linking citations).
    /// </summary>
    public static string Prose(string markdown, Func<string, string> text)
    {
        var parts = MarkdownLink().Replace(markdown, "$1").Split('`');
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            html.Append(i % 2 == 1 && i < parts.Length - 1 ? $"<code>{Escape(parts[i])}</code>" : Emphasis().Replace(text(parts[i]), "<em>$1</em>"));
        }

        return html.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w*])\*([^*<>\s](?:[^*<>]*[^*<>\s])?)\*(?![\w*])")]
    private static partial System.Text.RegularExpressions.Regex Emphasis();
}
