using System.Collections;
using System.Reflection;
using Microsoft.Coyote.SystematicTesting;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// The schedule a replaying <see cref="TestingEngine"/> executed. Coyote 1.7 publishes
/// <see cref="TestingEngine.ReproducibleTrace"/> only for runs that were not replays, but it records every
/// run's steps in its scheduler; this reads them there (the package version is pinned centrally, and a
/// Coyote without that field fails here with one clear message rather than shrinking wrongly).
/// </summary>
internal static class ExecutedSchedule
{
    private const BindingFlags Internal = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    public static IReadOnlyList<string> Steps(TestingEngine engine)
    {
        var scheduler = typeof(TestingEngine).GetProperty("Scheduler", Internal)?.GetValue(engine);
        var trace = scheduler?.GetType().GetField("Trace", Internal)?.GetValue(scheduler) as IEnumerable
            ?? throw new InvalidOperationException("this Coyote version does not expose the executed schedule (expected 1.7.x)");
        return [.. trace.Cast<object>().Select(step => step.ToString() ?? "")];
    }
}
