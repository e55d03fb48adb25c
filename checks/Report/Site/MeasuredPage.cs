namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The coverage or mutation page: the measured document as written, or, when it does not exist, an
/// explicit "not measured yet" (the site never invents figures).
/// </summary>
public static class MeasuredPage
{
    public static string Render(SiteContext site, string title, string path, MeasuredDocument? document, string how) =>
        Html.Page(title, document is null
            ? $"<h1>{Html.Escape(title)}</h1>\n<p class=\"none\">Not measured yet: {Html.Escape(path)} does not exist. {Html.Escape(how)}</p>\n"
            : $"<h1>{Html.Escape(title)}</h1>\n<p>From {site.Bundle.LinkTo(path)}.</p>\n{document.Render()}");
}
