using System.Collections.Immutable;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// What every page of one site is built from: the repository root, the matrix, the decisions, the
/// bundle of linked files, the link maker for citations, the check rows and, when present, the
/// coverage matrix (docs/coverage.md) whose rows name an ID.
/// </summary>
public sealed class SiteContext
{
    public SiteContext(string root, TraceabilityMatrix matrix, RunResults? results)
    {
        Root = root;
        Matrix = matrix;
        Results = results;
        Bundle = new SourceBundle(root);
        var decisionsPath = Path.Combine(root, "spec", "decisions.md");
        Decisions = File.Exists(decisionsPath) ? DecisionEntry.ReadAll(File.ReadAllLines(decisionsPath)) : [];
        Areas = [.. matrix.Rows.Select(r => r.Entry.File).Distinct().Order(StringComparer.Ordinal)];
        var pages = Areas.Select(AreaPage.Stem).ToHashSet();
        var entries = matrix.Rows.ToDictionary(r => r.Entry.Id, r => $"{AreaPage.FileName(AreaPage.Stem(r.Entry.File))}#{r.Entry.Id}");
        Linker = new SourceLinker(Bundle, id => entries.GetValueOrDefault(id), pages, Decisions.Select(d => d.Id).ToHashSet());
        Checks = new CheckRows(Bundle, new SourceIndex(root), results);
        Coverage = MeasuredDocument.Read(root, "docs/coverage.md");
        Mutation = MeasuredDocument.Read(root, "docs/mutation.md");
    }

    public string Root { get; }

    public TraceabilityMatrix Matrix { get; }

    public RunResults? Results { get; }

    public SourceBundle Bundle { get; }

    public ImmutableArray<DecisionEntry> Decisions { get; }

    /// <summary>The catalogue files (<c>spec/x.md</c>) that have entries, one page each.</summary>
    public ImmutableArray<string> Areas { get; }

    public SourceLinker Linker { get; }

    public CheckRows Checks { get; }

    /// <summary>docs/coverage.md, or null when coverage has not been measured yet.</summary>
    public MeasuredDocument? Coverage { get; }

    /// <summary>docs/mutation.md, or null when mutation testing has not been run yet.</summary>
    public MeasuredDocument? Mutation { get; }
}
