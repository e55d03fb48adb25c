using System.Collections.Immutable;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// One decision of spec/decisions.md (<c>### D-n</c>): where it is and its bullets in file order
/// (<c>decision</c>, <c>rests on</c>, <c>divergence</c>, <c>cited by</c>, optionally <c>notes</c>),
/// each value with its continuation lines joined.
/// </summary>
public sealed record DecisionEntry(string Id, int Line, ImmutableArray<(string Name, string Value)> Bullets)
{
    public string Get(string name) => Bullets.FirstOrDefault(b => b.Name == name).Value ?? "";

    /// <summary>
    /// True when the real kernel is known to do otherwise: the divergence line says more than
    /// "None ..." (none known, or none: this is the real kernel's behaviour) or "Not applicable".
    /// </summary>
    public bool Diverges =>
        Get("divergence").Trim() is { Length: > 0 } divergence
        && !divergence.StartsWith("none", StringComparison.OrdinalIgnoreCase)
        && !divergence.StartsWith("not applicable", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every decision of the file, in file order (headings inside code fences are examples, not decisions).</summary>
    public static ImmutableArray<DecisionEntry> ReadAll(IReadOnlyList<string> lines)
    {
        var entries = ImmutableArray.CreateBuilder<DecisionEntry>();
        var fenced = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && lines[i].IsDecisionHeading())
            {
                var bullets = ImmutableArray.CreateBuilder<(string, string)>();
                var heading = i;
                while (i + 1 < lines.Count && !lines[i + 1].StartsWith('#'))
                {
                    var line = lines[++i];
                    var colon = line.IndexOf(": ", StringComparison.Ordinal);
                    if (line.StartsWith("- ", StringComparison.Ordinal) && colon > 2)
                    {
                        bullets.Add((line[2..colon], line[(colon + 2)..].Trim()));
                    }
                    else if (line.StartsWith("  ", StringComparison.Ordinal) && line.Trim().Length > 0 && bullets.Count > 0)
                    {
                        var last = bullets[^1];
                        bullets[^1] = (last.Item1, $"{last.Item2} {line.Trim()}");
                    }
                }

                entries.Add(new DecisionEntry(lines[heading][4..].Trim(), heading + 1, bullets.ToImmutable()));
            }
        }

        return entries.ToImmutable();
    }
}
