namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// What the last run said about one check: <see cref="Outcome"/> for the colour and <see cref="Text"/>
/// for the words beside it (<c>passed</c>, <c>2 of 3 cases failed</c>, <c>proved (0.41 s)</c>).
/// </summary>
public sealed record CheckVerdict(VerdictOutcome Outcome, string Text)
{
    public string Html => $"<span class=\"{Css}\">{Site.Html.Escape(Text)}</span>";

    private string Css => Outcome switch
    {
        VerdictOutcome.Pass => "pass",
        VerdictOutcome.Fail => "fail",
        VerdictOutcome.Unknown => "unknown",
        _ => "notrun",
    };

    public static CheckVerdict NotRun { get; } = new(VerdictOutcome.NotRun, "not in the results");
}
