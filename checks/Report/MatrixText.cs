using System.Text;

namespace VmoKernel.Checks.Report;

/// <summary>
/// The matrix as the terminal shows it: one line per ID with the number of checks of each kind, then
/// the problems one per line, then a summary line. Plain text, the same every run.
/// </summary>
public static class MatrixText
{
    public static string Render(TraceabilityMatrix matrix)
    {
        var text = new StringBuilder();
        var width = Math.Max(2, matrix.Rows.Select(r => r.Entry.Id.Length).DefaultIfEmpty(0).Max());
        text.Append("ID".PadRight(width)).Append("  kind      ");
        text.AppendLine(string.Join(" ", CheckKinds.All.Select(k => k.Short().PadLeft(4))));
        foreach (var row in matrix.Rows)
        {
            text.Append(row.Entry.Id.PadRight(width)).Append("  ").Append(row.Entry.Kind.PadRight(10));
            text.AppendLine(string.Join(" ", CheckKinds.All.Select(k => row.Count(k).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4))));
        }

        foreach (var problem in matrix.Problems)
        {
            text.AppendLine(problem);
        }

        text.AppendLine(Summary(matrix));
        return text.ToString();
    }

    /// <summary><c>126 IDs, 120 with checks, 38 of 40 invariants with a must-fail twin, 3 problems</c>.</summary>
    public static string Summary(TraceabilityMatrix matrix) =>
        $"{matrix.Rows.Length} IDs, {matrix.WithChecks} with checks, {matrix.InvariantsWithTwins} of {matrix.Invariants} invariants with a must-fail twin, {matrix.Problems.Length} problem{(matrix.Problems.Length == 1 ? "" : "s")}";
}
