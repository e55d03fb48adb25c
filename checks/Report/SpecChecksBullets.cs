namespace VmoKernel.Checks.Report;

/// <summary>
/// Rewrites the <c>checks:</c> bullet of every stale entry from the matrix (one line, replacing the
/// bullet and its continuation lines) and touches nothing else in spec/.
/// </summary>
public static class SpecChecksBullets
{
    /// <summary>Rewrites the stale bullets; returns how many entries changed.</summary>
    public static int Update(string root, TraceabilityMatrix matrix)
    {
        var stale = matrix.Stale.ToList();
        foreach (var file in stale.GroupBy(r => r.Entry.File))
        {
            var path = Path.Combine(root, file.Key);
            var text = File.ReadAllText(path);
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var lines = text.Split(newline).ToList();
            foreach (var row in file.OrderByDescending(r => r.Entry.ChecksLine))
            {
                lines.RemoveRange(row.Entry.ChecksLine - 1, row.Entry.ChecksLineCount);
                lines.Insert(row.Entry.ChecksLine - 1, $"- checks: {row.Bullet}");
            }

            File.WriteAllText(path, string.Join(newline, lines));
        }

        return stale.Count;
    }
}
