namespace VmoKernel.Checks.Report;

/// <summary>
/// One catalogue entry of spec/ as <c>checks report</c> reads it: its ID, kind, where it is, and the
/// lines its <c>checks:</c> bullet spans (first line, line count, 1-based) so the bullet can be rewritten,
/// and its <c>source:</c> bullet (whose decision IDs must exist).
/// </summary>
public sealed record SpecEntry(string Id, string Kind, string File, int Line, int ChecksLine, int ChecksLineCount, string Checks, string Source = "", int SourceLine = 0)
{
    public bool IsInvariant => Kind == "invariant";
}
