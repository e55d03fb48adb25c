using System.Text.RegularExpressions;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Monitors;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// Turns a Coyote bug report into a failure that starts with a spec ID. Monitor assertions already do
/// (every assert message starts with its ID); Coyote's own reports do not, so a deadlock takes the
/// harness's liveness ID and a liveness violation takes its monitor's ID.
/// </summary>
public static partial class FailureClassifier
{
    public static ExplorationFailure Classify(string report, ExplorationHarness harness) => Classify(report, harness.DeadlockSpecId);

    /// <summary>Classifies a report of a run without a harness: a deadlock takes <paramref name="deadlockSpecId"/>.</summary>
    public static ExplorationFailure Classify(string report, string deadlockSpecId)
    {
        var message = report.Trim();
        var id = SpecIdAtStart().Match(message);
        if (id.Success)
        {
            return new ExplorationFailure(id.Groups["id"].Value, message);
        }

        if (message.StartsWith("Deadlock detected", StringComparison.Ordinal))
        {
            return Prefixed(deadlockSpecId, Namespace().Replace(message, ""));
        }

        var liveness = LivenessReport().Match(message);
        if (liveness.Success && MonitorCatalog.LivenessSpecId(liveness.Groups["monitor"].Value) is { } livenessId)
        {
            return Prefixed(livenessId, message);
        }

        return new ExplorationFailure(null, $"unexpected failure (no spec ID): {message}");
    }

    private static ExplorationFailure Prefixed(string specId, string message) => new(specId, $"{specId}: {message}");

    [GeneratedRegex(@"^(?<id>(INV-[A-Z]+|REF|LIVE(-[A-Z]+)?)-[0-9]+):")]
    private static partial Regex SpecIdAtStart();

    [GeneratedRegex(@"\b([A-Za-z_][A-Za-z0-9_]*\.)+(?=[A-Za-z_][A-Za-z0-9_]*\()")]
    private static partial Regex Namespace();

    // Coyote 1.7 names the monitor bare ("Ns.XMonitor detected potential liveness bug in hot state 'S'")
    // when it stays hot past the temperature threshold, and quoted ("Monitor 'X' ...") in older reports.
    [GeneratedRegex(@"(?:Monitor '(?<monitor>[^']+)'|(?<monitor>[A-Za-z_][\w.]*)) detected (potential )?liveness bug")]
    private static partial Regex LivenessReport();
}
