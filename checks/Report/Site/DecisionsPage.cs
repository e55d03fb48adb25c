using System.Text;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The decisions and divergences page: a table of every decision (the real kernel diverging or not),
/// the divergences on their own, then each decision with its bullets, citations linked.
/// </summary>
public static class DecisionsPage
{
    public static string Render(SiteContext site)
    {
        var body = new StringBuilder();
        body.Append("<h1>Decisions and divergences</h1>\n");
        body.Append($"<p>Where the seeds, the reference notes and the real kernel differ or are silent, a decision of {site.Bundle.LinkTo("spec/decisions.md")} ");
        body.Append("settles what the model does. A divergence is a decision where the real kernel is known to do otherwise.</p>\n");
        body.Append("<h2>Divergences from the real kernel</h2>\n");
        body.Append(Html.Table(["decision", "what the real kernel does instead"],
            [.. site.Decisions.Where(d => d.Diverges).Select(d => (IReadOnlyList<string>)[Html.Link($"#{d.Id}", d.Id), site.Linker.Render(d.Get("divergence"))])],
            "No decision records a divergence."));
        body.Append("<h2>Every decision</h2>\n");
        body.Append(Html.Table(["decision", "what the model does", "diverges"],
            [.. site.Decisions.Select(d => (IReadOnlyList<string>)[Html.Link($"#{d.Id}", d.Id), site.Linker.Render(d.Get("decision")), d.Diverges ? "yes" : "no"])],
            "spec/decisions.md has no decision."));
        foreach (var decision in site.Decisions)
        {
            body.Append($"<section class=\"entry\" id=\"{decision.Id}\">\n<h3><a href=\"#{decision.Id}\">{decision.Id}</a></h3>\n<dl>\n");
            foreach (var (name, value) in decision.Bullets)
            {
                body.Append($"<dt>{Html.Escape(name)}</dt><dd>{site.Linker.Render(value)}</dd>\n");
            }

            body.Append($"<dt>defined at</dt><dd>{site.Bundle.LinkTo("spec/decisions.md", decision.Line)}</dd>\n</dl>\n</section>\n");
        }

        return Html.Page("Decisions and divergences", body.ToString());
    }
}
