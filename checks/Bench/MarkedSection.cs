namespace VmoKernel.Checks.Bench;

/// <summary>A section of docs/benchmarks.md between two HTML comments, which one bench mode rewrites in place and leaves the rest alone.</summary>
public static class MarkedSection
{
    /// <summary>Replaces the section between <paramref name="begin"/> and <paramref name="end"/> in <paramref name="document"/>, or appends it.</summary>
    public static string Splice(string document, string section, string begin, string end)
    {
        var from = document.IndexOf(begin, StringComparison.Ordinal);
        var to = document.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            return document.TrimEnd() + "\n\n" + section;
        }

        return document[..from] + section.TrimEnd('\n') + document[(to + end.Length)..];
    }

    /// <summary>Splices <paramref name="section"/> into the file at <paramref name="path"/> (a new "# Benchmarks" file when there is none).</summary>
    public static void SpliceInto(string path, string section, string begin, string end) =>
        File.WriteAllText(path, Splice(File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n", section, begin, end));

    /// <summary>The marked section of <paramref name="document"/>, markers included, or null when it has none.</summary>
    public static string? Find(string document, string begin, string end)
    {
        var from = document.IndexOf(begin, StringComparison.Ordinal);
        var to = document.IndexOf(end, StringComparison.Ordinal);
        return from < 0 || to < from ? null : document[from..(to + end.Length)] + "\n";
    }
}
