using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>Membership and success status of each <see cref="StatusFamily"/>.</summary>
public static class StatusFamilies
{
    public static Status Success(StatusFamily family) => family == StatusFamily.Zircon ? Status.ZxOk : Status.Ok;

    public static bool Contains(StatusFamily family, Status status) => family switch
    {
        StatusFamily.Zircon => StatusNames.Name(status).StartsWith("ZX_", StringComparison.Ordinal),
        StatusFamily.Control => status == Status.Ok || StatusNames.Name(status).StartsWith('E'),
        _ => status is Status.Ok or Status.Fault or Status.Sigbus or Status.Sigsegv,
    };

    /// <summary>
    /// Whether an expected status is met: equal, or Zircon's FAULT and Linux's SIGSEGV, which are one
    /// outcome of a memory access (scenario-language.md, "Linux surface": either spelling matches).
    /// </summary>
    public static bool SameOutcome(Status expected, Status actual) =>
        expected == actual || (expected, actual) is (Status.Fault, Status.Sigsegv) or (Status.Sigsegv, Status.Fault);

    public static string Describe(StatusFamily family) => family switch
    {
        StatusFamily.Zircon => "ZX_OK or ZX_ERR_*",
        StatusFamily.Control => "OK or an errno name",
        _ => "OK, FAULT, SIGBUS or SIGSEGV",
    };
}
