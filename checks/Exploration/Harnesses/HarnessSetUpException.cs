namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// A harness's set-up could not build its fixture (a call it needs failed). The set-up runs before any client thread,
/// so no schedule of the same workload gets past it: the shrinker refuses such a candidate without searching.
/// </summary>
public sealed class HarnessSetUpException(string message) : InvalidOperationException(message)
{
    /// <summary>Whether <paramref name="failure"/> is a set-up that threw this (Coyote's report names the exception's type).</summary>
    public static bool Ended(Running.ExplorationFailure? failure) =>
        failure?.Message.Contains(nameof(HarnessSetUpException), StringComparison.Ordinal) == true;
}
