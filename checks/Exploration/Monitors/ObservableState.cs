using System.Collections.Immutable;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// REF-02's comparison, apart from the monitor so a test can drive it: after one call, every VMO that
/// changed in either kernel must look the same in both (alive or destroyed, size, lock count, committed
/// pages, discarded). "Changed" comes from both sides: the VMOs the kernel reports, and the VMOs the
/// model's step created, changed or destroyed. A VMO only the model changed is compared as the kernel
/// last reported it, so a VMO the kernel destroyed (or left alive) against the model is seen either way.
/// </summary>
public static class ObservableState
{
    /// <summary>Each differing VMO's koid and how it differs; empty when both kernels agree.</summary>
    public static IEnumerable<(ulong Koid, string Difference)> Differences(
        ImmutableSortedDictionary<ulong, VmoState> modelBefore,
        ImmutableSortedDictionary<ulong, VmoState> modelAfter,
        IReadOnlyCollection<VmoFacts> reported,
        Func<ulong, VmoFacts?> kernelLastReported)
    {
        foreach (var facts in reported)
        {
            if (Difference(facts, modelAfter) is { } difference)
            {
                yield return (facts.Koid, difference);
            }
        }

        var seen = reported.Select(v => v.Koid).ToHashSet();
        foreach (var koid in ModelChanged(modelBefore, modelAfter).Where(k => !seen.Contains(k)))
        {
            var difference = kernelLastReported(koid) is { } facts
                ? Difference(facts, modelAfter)
                : modelAfter.ContainsKey(koid) ? "exists in the model but not in the kernel" : null;
            if (difference is not null)
            {
                yield return (koid, $"(changed by the model's step, not reported by the kernel) {difference}");
            }
        }
    }

    /// <summary>The VMOs the model's step created, changed or destroyed.</summary>
    private static IEnumerable<ulong> ModelChanged(ImmutableSortedDictionary<ulong, VmoState> before, ImmutableSortedDictionary<ulong, VmoState> after) =>
        before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || !a.Equals(b));

    /// <summary>How the kernel's VMO differs from the model's in what a caller can observe, or null.</summary>
    private static string? Difference(VmoFacts facts, ImmutableSortedDictionary<ulong, VmoState> model)
    {
        if (!model.TryGetValue(facts.Koid, out var vmo))
        {
            return facts.Destroyed ? null : "exists in the kernel but not in the model";
        }

        if (facts.Destroyed)
        {
            return "is destroyed in the kernel but alive in the model";
        }

        var kernel = (facts.Size, LockCount: (ulong)Math.Max(facts.LockCount, 0), Pages: facts.Frames.Count, facts.Discarded);
        var expected = (vmo.Size, vmo.Discard.LockCount, Pages: vmo.Pages.Count, vmo.Discard.Discarded);
        return kernel == expected
            ? null
            : $"has size {kernel.Size}, lock count {facts.LockCount}, {kernel.Pages} committed page(s), discarded {kernel.Discarded}; the model: size {expected.Size}, lock count {expected.LockCount}, {expected.Pages} page(s), discarded {expected.Discarded}";
    }
}
