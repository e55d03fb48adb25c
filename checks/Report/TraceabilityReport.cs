namespace VmoKernel.Checks.Report;

/// <summary>Reads spec/ under a repository root and builds the matrix from the given citation sources.</summary>
public static class TraceabilityReport
{
    /// <summary>Every source <c>checks report</c> reads.</summary>
    public static IReadOnlyList<ICitationSource> AllSources() =>
        [new ScenarioCitations(), new CatalogCitations(), new PredicateCitations(), new TestCitations()];

    public static TraceabilityMatrix Build(string root, IReadOnlyList<ICitationSource> sources)
    {
        var spec = SpecCatalog.Read(root);
        var citations = sources.SelectMany(s => s.Collect(root)).ToList();
        var misplaced = sources.OfType<TestCitations>().SelectMany(t => t.Misplaced);
        return TraceabilityMatrix.Build(spec, citations, misplaced);
    }

    /// <summary>The repository holding <paramref name="start"/>: the nearest folder with vmo-kernel-model.slnx, else the folder itself.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "vmo-kernel-model.slnx")))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
