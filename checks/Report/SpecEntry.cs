namespace VmoKernel.Checks.Report;

/// <summary>
/// One catalogue entry of spec/ as <c>checks report</c> reads it: its ID, kind, where it is, and the
/// lines its <c>checks:</c> bullet spans (first line, line count, 1-based) so the bullet can be rewritten,
/// its <c>source:</c> bullet (whose decision IDs must exist), and its statement with its continuation
/// lines kept apart by <c>\n</c> (a check order's numbered items stay one per line for the site).
/// </summary>
public sealed record SpecEntry(string Id, string Kind, string File, int Line, int ChecksLine, int ChecksLineCount, string Checks, string Source = "", int SourceLine = 0, string Statement = "")
{
    public bool IsInvariant => Kind == "invariant";
}
