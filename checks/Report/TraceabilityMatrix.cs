using System.Collections.Immutable;

namespace VmoKernel.Checks.Report;

/// <summary>
/// Spec ID -> checks, built from the catalogue and every citation found, with the problems that make
/// <c>checks report</c> fail: an ID with no check, an invariant with no must-fail twin, an entry whose
/// source cites a decision decisions.md lacks, a citation of an ID spec/ does not define (decision IDs
/// count as defined), a test trait not on a test.
/// </summary>
public sealed class TraceabilityMatrix
{
    private TraceabilityMatrix(ImmutableArray<MatrixRow> rows, ImmutableArray<string> problems)
    {
        Rows = rows;
        Problems = problems;
    }

    public ImmutableArray<MatrixRow> Rows { get; }

    /// <summary>One line per problem: gaps in spec order, then unknown citations in the order found.</summary>
    public ImmutableArray<string> Problems { get; }

    public int WithChecks => Rows.Count(r => r.HasCheck);

    public int Invariants => Rows.Count(r => r.Entry.IsInvariant);

    public int InvariantsWithTwins => Rows.Count(r => r.Entry.IsInvariant && r.HasTwin);

    /// <summary>Rows whose <c>checks:</c> bullet differs from the matrix.</summary>
    public IEnumerable<MatrixRow> Stale => Rows.Where(r => r.Entry.Checks != r.Bullet);

    public static TraceabilityMatrix Build(SpecCatalog spec, IEnumerable<Citation> citations, IEnumerable<string> misplaced)
    {
        var all = citations.ToList();
        var problems = new List<string>();
        var rows = spec.Entries.Select(entry => new MatrixRow(entry, all
                .Where(c => c.Id == entry.Id)
                .GroupBy(c => c.Kind)
                .ToImmutableDictionary(g => g.Key, g => g.DistinctBy(c => c.Name).OrderBy(c => c.Name, StringComparer.Ordinal).ToImmutableArray())))
            .ToImmutableArray();
        foreach (var row in rows)
        {
            if (!row.HasCheck)
            {
                problems.Add($"{row.Entry.Id}: no check");
            }
            else if (row.Entry.IsInvariant && !row.HasTwin)
            {
                problems.Add($"{row.Entry.Id}: invariant with no must-fail twin");
            }
        }

        problems.AddRange(
            from entry in spec.Entries
            from decision in SpecIds.DecisionIdsIn(entry.Source).Distinct()
            where !spec.Decisions.Contains(decision)
            select $"{entry.File}:{entry.SourceLine}: {entry.Id}: source cites unknown decision {decision}");
        problems.AddRange(all.Where(c => !spec.Defines(c.Id)).Select(c => $"{c.Origin}: cites unknown ID {c.Id}").Distinct());
        problems.AddRange(misplaced);
        return new TraceabilityMatrix(rows, [.. problems]);
    }
}
