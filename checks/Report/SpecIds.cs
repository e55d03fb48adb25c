using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Report;

/// <summary>
/// The shapes of the IDs spec/README.md defines: catalogue IDs (<c>INV-AREA-NN</c>, <c>REF-NN</c>,
/// <c>LIVE-NN</c>, or <c>LIVE-AREA-NN</c> for an area's own liveness) and decisions (<c>D-n</c>), and how to find them in free text such as a scenario's
/// <c>source</c> line. A joint citation <c>INV-MEM-01/02</c> names both IDs.
/// </summary>
public static partial class SpecIds
{
    /// <summary>True when the whole text is one catalogue ID.</summary>
    public static bool IsCatalogueId(string text) => Whole().IsMatch(text);

    /// <summary>Every catalogue ID the text names, in order of appearance, joint forms expanded.</summary>
    public static IEnumerable<string> CatalogueIdsIn(string text)
    {
        foreach (Match m in InText().Matches(text))
        {
            var prefix = m.Groups["prefix"].Value;
            yield return prefix + m.Groups["first"].Value;
            foreach (Capture more in m.Groups["more"].Captures)
            {
                yield return prefix + more.Value;
            }
        }
    }

    /// <summary>Every decision ID (<c>D-n</c>, and the Linux surface's <c>L-n</c>) the text names.</summary>
    public static IEnumerable<string> DecisionIdsIn(string text) => Decision().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"^(INV-[A-Z]+-[0-9]{2,}|REF-[0-9]{2,}|LIVE-(?:[A-Z]+-)?[0-9]{2,})$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"\b(?<prefix>INV-[A-Z]+-|REF-|LIVE-(?:[A-Z]+-)?)(?<first>[0-9]{2,})(?:/(?<more>[0-9]{2,}))*\b")]
    private static partial Regex InText();

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[DL]-[0-9]+\b")]
    private static partial Regex Decision();
}

/// <summary>The heading of a decision in spec/decisions.md: <c>### D-n</c>, or <c>### L-n</c> for the Linux surface's decisions.</summary>
public static class DecisionHeadings
{
    public static bool IsDecisionHeading(this string line) =>
        line.StartsWith("### D-", StringComparison.Ordinal) || line.StartsWith("### L-", StringComparison.Ordinal);
}
