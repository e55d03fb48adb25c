namespace VmoKernel.Checks.Report.Site;

/// <summary>The colours a verdict can have: passed (or a twin caught), failed, inconclusive (Z3 unknown), or absent from the run.</summary>
public enum VerdictOutcome
{
    Pass,
    Fail,
    Unknown,
    NotRun,
}
