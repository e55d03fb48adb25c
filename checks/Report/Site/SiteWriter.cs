using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// Writes the reviewer's site (<c>checks report --html DIR</c>): index.html, one page per catalogue
/// file, decisions.html, coverage.html, mutation.html, style.css, and under src/ the line-numbered
/// copies of every repository file a page links to. The folder is created if missing; pages it wrote
/// before are overwritten, and src/ is rebuilt so no stale copy stays behind.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes the site; returns the number of pages written (bundled copies included).</summary>
    public static int Write(SiteContext site, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException e)
        {
            throw new InputException($"--html: cannot create {folder}: {e.Message}");
        }

        var source = Path.Combine(folder, "src");
        if (Directory.Exists(source))
        {
            Directory.Delete(source, recursive: true);
        }

        var pages = new Dictionary<string, string>
        {
            ["index.html"] = IndexPage.Render(site),
            ["decisions.html"] = DecisionsPage.Render(site),
            ["coverage.html"] = MeasuredPage.Render(site, "Coverage", "docs/coverage.md", site.Coverage,
                "It will list which calls and statuses each invariant's checks reach under concurrency."),
            ["mutation.html"] = MeasuredPage.Render(site, "Mutation scores", "docs/mutation.md", site.Mutation,
                "It will give the mutation score of each folder."),
        };
        foreach (var area in site.Areas)
        {
            pages[AreaPage.FileName(AreaPage.Stem(area))] = AreaPage.Render(site, area);
        }

        foreach (var (name, html) in pages)
        {
            File.WriteAllText(Path.Combine(folder, name), html);
        }

        File.WriteAllText(Path.Combine(folder, "style.css"), SiteStyle.Css);
        site.Bundle.WriteAll(folder);
        return pages.Count + site.Bundle.Files.Count;
    }
}
