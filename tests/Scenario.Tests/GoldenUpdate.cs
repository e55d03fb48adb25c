namespace VmoKernel.Tests.Scenario;

/// <summary>
/// Whether a golden test may rewrite its golden file (<c>UPDATE_GOLDEN=1</c>, after a deliberate change).
/// Refused when <c>CI</c> is set: in CI a golden test that rewrites its file approves itself and can never fail.
/// </summary>
public static class GoldenUpdate
{
    /// <summary>From the process environment.</summary>
    public static bool Requested() =>
        Decide(Environment.GetEnvironmentVariable("UPDATE_GOLDEN"), Environment.GetEnvironmentVariable("CI"));

    /// <summary>True when an update is asked for and allowed; throws when asked for under CI.</summary>
    public static bool Decide(string? updateGolden, string? ci)
    {
        if (updateGolden != "1")
        {
            return false;
        }

        return string.IsNullOrEmpty(ci)
            ? true
            : throw new InvalidOperationException($"UPDATE_GOLDEN=1 is refused when CI is set (CI={ci}): golden files are updated by a developer, never by CI");
    }
}
