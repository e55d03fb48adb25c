using System.Collections.Immutable;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Structural equality of two kernel states (INV-STATE-01, INV-STATE-02): null when equal, otherwise
/// a description of the first difference found. Records holding immutable collections compare those
/// collections element by element, not by reference. The Linux world is compared last and described only as
/// differing. <see cref="KernelState.Faults"/> is not state but the model's seeded bugs in force, so it is left out.
/// </summary>
public static class StateComparer
{
    public static string? Difference(KernelState a, KernelState b)
    {
        if (ReferenceEquals(a, b))
        {
            return null;
        }

        return a.Clock != b.Clock ? $"clock {a.Clock} vs {b.Clock}"
            : a.NextKoid != b.NextKoid ? $"next koid {a.NextKoid} vs {b.NextKoid}"
            : !MemoryEqual(a.Memory, b.Memory) ? $"memory {Describe(a.Memory)} vs {Describe(b.Memory)}"
            : !Same(a.Objects, b.Objects, (x, y) => x == y) ? "objects differ"
            : !Same(a.Pmts, b.Pmts, PmtEqual) ? "PMTs differ"
            : Diff(a.Processes, b.Processes, ProcessEqual, "process")
            ?? Diff(a.Vmos, b.Vmos, VmoEqual, "VMO")
            ?? (LinuxEqual(a.Linux, b.Linux) ? null : "Linux world differs");
    }

    public static bool Equal(KernelState a, KernelState b) => Difference(a, b) is null;

    private static string? Diff<TValue>(
        ImmutableSortedDictionary<ulong, TValue> a, ImmutableSortedDictionary<ulong, TValue> b, Func<TValue, TValue, bool> equal, string what)
        where TValue : notnull
    {
        if (!a.Keys.SequenceEqual(b.Keys))
        {
            return $"{what} koids [{string.Join(", ", a.Keys)}] vs [{string.Join(", ", b.Keys)}]";
        }

        var koid = a.Keys.FirstOrDefault(k => !equal(a[k], b[k]), ulong.MaxValue);
        return koid == ulong.MaxValue ? null : $"{what} {koid}: {a[koid]} vs {b[koid]}";
    }

    private static bool Same<TKey, TValue>(
        ImmutableSortedDictionary<TKey, TValue> a, ImmutableSortedDictionary<TKey, TValue> b, Func<TValue, TValue, bool> equal)
        where TKey : notnull
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        return a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && equal(pair.Value, other));
    }

    private static bool MemoryEqual(PhysicalMemory a, PhysicalMemory b) =>
        a.Free == b.Free && a.Used == b.Used && a.NextFresh == b.NextFresh && a.Freed.SequenceEqual(b.Freed);

    private static string Describe(PhysicalMemory m) => $"free {m.Free}, used {m.Used}, next {m.NextFresh}, freed [{string.Join(", ", m.Freed.Take(8))}]";

    private static bool ProcessEqual(ProcessState a, ProcessState b) =>
        a.Koid == b.Koid && a.RootVmarKoid == b.RootVmarKoid && a.NextHandleSequence == b.NextHandleSequence && a.VmSeq == b.VmSeq
        && a.Creator == b.Creator
        && Same(a.Handles, b.Handles, (x, y) => x == y) && Same(a.Mappings, b.Mappings, (x, y) => x == y);

    private static bool PmtEqual(PmtState a, PmtState b) =>
        a.Koid == b.Koid && a.BtiKoid == b.BtiKoid && a.VmoKoid == b.VmoKoid && a.OwnerKoid == b.OwnerKoid && a.FirstPage == b.FirstPage
        && a.Quarantined == b.Quarantined && a.Addresses.SequenceEqual(b.Addresses);

    /// <summary>Two VMOs are equal when every field is, collections compared element by element.</summary>
    public static bool VmoEqual(VmoState a, VmoState b) =>
        a.Koid == b.Koid && a.Size == b.Size && a.Traits == b.Traits && a.Discard == b.Discard
        && a.CommittedChangeEvents == b.CommittedChangeEvents && a.Parent == b.Parent && a.PagerKoid == b.PagerKoid
        && a.PhysicalBase == b.PhysicalBase && a.CreatedAt == b.CreatedAt && a.Children.SequenceEqual(b.Children)
        && Same(a.Pages, b.Pages, (x, y) => x == y) && Same(a.Captured, b.Captured, (x, y) => x.Equals(y))
        && Same(a.Pins, b.Pins, (x, y) => x == y) && Same(a.Hidden, b.Hidden, (x, y) => x == y);

    // Records whose fields are scalars, ByteStrings or the calls of waiters compare with ==; collections element by element.
    private static bool LinuxEqual(LinuxWorld a, LinuxWorld b) =>
        ReferenceEquals(a, b)
        || (a.NextId == b.NextId && Same(a.Processes, b.Processes, LinuxProcessEqual) && Same(a.Pages, b.Pages, (x, y) => x == y)
            && Same(a.SharedObjects, b.SharedObjects, (x, y) => Same(x.Pages, y.Pages, (p, q) => p == q))
            && Same(a.Uffds, b.Uffds, (x, y) => x with { Queue = [] } == y with { Queue = [] } && x.Queue.SequenceEqual(y.Queue))
            && Same(a.Pipes, b.Pipes, (x, y) => x == y) && Same(a.Waiters, b.Waiters, (x, y) => x == y));

    private static bool LinuxProcessEqual(LinuxProcess a, LinuxProcess b) =>
        a.LockFuture == b.LockFuture && a.Capabilities.SetEquals(b.Capabilities) && Same(a.Vmas, b.Vmas, (x, y) => x == y)
        && Same(a.Ptes, b.Ptes, (x, y) => x == y) && Same(a.Fds, b.Fds, (x, y) => x == y);
}
