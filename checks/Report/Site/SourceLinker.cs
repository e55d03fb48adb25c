using System.Text;
using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// Turns the citations in free text (a <c>source:</c> bullet, a statement, a decision) into links:
/// seeds and reference notes to the repository's copies (<c>docs/seeds/</c>, <c>docs/reference/</c>,
/// falling back to <c>../shared/</c> where the repository has no copy yet) at the cited section's line,
/// shared design pages to <c>docs/</c>, repository files (<c>docs/</c>, <c>abi/</c>), spec pages to their
/// area page, catalogue IDs to their entry and decisions to the decisions page. Anything else is escaped text.
/// </summary>
public sealed partial class SourceLinker(SourceBundle bundle, Func<string, string?> entryHref, IReadOnlySet<string> areaPages, IReadOnlySet<string> decisions)
{
    public string Render(string text)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match m in Citation().Matches(text))
        {
            html.Append(Html.Escape(text[at..m.Index]));
            html.Append(LinkFor(m) ?? Html.Escape(m.Value));
            at = m.Index + m.Length;
        }

        return html.Append(Html.Escape(text[at..])).ToString();
    }

    private string? LinkFor(Match m)
    {
        if (m.Groups["seed"].Success)
        {
            var name = m.Groups["seed"].Value;
            var path = bundle.FirstExisting($"docs/seeds/{name}", $"../shared/seeds/{name}");
            var section = m.Groups["section"].Value;
            return path is null ? null : LinkKeepingText(m, path, section.Length == 0 ? 0 : bundle.LineOf(path, l => l.Trim() == section));
        }

        if (m.Groups["reference"].Success)
        {
            var name = m.Groups["reference"].Value;
            var path = bundle.FirstExisting($"docs/reference/{name}", $"../shared/reference/{name}");
            var number = m.Groups["paragraph"].Value;
            return path is null ? null : LinkKeepingText(m, path, number.Length == 0 ? 0 : bundle.LineOf(path, l => l.StartsWith($"## {number}.", StringComparison.Ordinal)));
        }

        if (m.Groups["design"].Success)
        {
            var name = m.Groups["design"].Value;
            var path = bundle.FirstExisting($"docs/{name}", $"../shared/design/{name}");
            return path is null ? null : LinkKeepingText(m, path, 0);
        }

        if (m.Groups["file"].Success)
        {
            return bundle.Href(m.Value) is { } href ? Html.Link(href, m.Value) : null;
        }

        if (m.Groups["id"].Success)
        {
            return entryHref(m.Value) is { } href ? Html.Link(href, m.Value) : null;
        }

        if (m.Groups["decision"].Success)
        {
            return !decisions.Contains(m.Value) ? null : Html.Link($"decisions.html#{m.Value}", m.Value);
        }

        var page = Path.GetFileNameWithoutExtension(m.Value);
        return areaPages.Contains(page) ? Html.Link(AreaPage.FileName(page), m.Value) : null;
    }

    /// <summary>The whole matched citation (e.g. <c>seeds/001.txt, "Design"</c>) as one link, so the text reads as written.</summary>
    private string LinkKeepingText(Match m, string path, int line) =>
        bundle.Href(path, line) is { } href ? Html.Link(href, m.Value) : Html.Escape(m.Value);

    [GeneratedRegex("""
        (?:\.\./shared/|docs/)?seeds/(?<seed>[\w.-]+\.txt)(?:,\s*"(?<section>[^"]+)")?
        | (?:\.\./shared/|docs/)?reference/(?<reference>[\w.-]+\.md)(?:\s*§\s*(?<paragraph>\d+))?
        | \.\./shared/design/(?<design>[\w.-]+\.md)
        | (?<file>(?:docs|abi|scenarios)/[\w./-]+\.\w+)
        | (?<id>\b(?:INV-[A-Z]+-[0-9]{2,}|REF-[0-9]{2,}|LIVE-(?:[A-Z]+-)?[0-9]{2,})\b)
        | (?<decision>(?<![A-Za-z0-9-])[DL]-[0-9]+\b)
        | (?<page>\b[a-z][a-z-]*\.md\b)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Citation();
}
