using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Objects and lifetime over one state: every handle names a live object of its type (INV-HANDLE-03),
/// no VMO outlives its last reference (INV-HANDLE-02), parent and child links agree (INV-CHILD-02), and
/// no discardable VMO has children (INV-CHILD-03).
/// </summary>
public static class ObjectInvariants
{
    public static IEnumerable<InvariantViolation> Check(KernelState state)
    {
        foreach (var (_, process) in state.Processes)
        {
            foreach (var (value, handle) in process.Handles)
            {
                if (state.TypeOf(handle.Koid) != handle.Type)
                {
                    yield return InvariantViolation.Of("INV-HANDLE-03", $"process {process.Koid} handle 0x{value:x} names koid {handle.Koid} of type {state.TypeOf(handle.Koid)}, recorded as {handle.Type}");
                }
            }
        }

        var live = Lifetime.LiveVmos(state);
        foreach (var (koid, _) in state.Vmos)
        {
            if (!live.Contains(koid))
            {
                yield return InvariantViolation.Of("INV-HANDLE-02", $"VMO {koid} is alive with no handle, mapping, pin or view referring to it");
            }
        }

        foreach (var (_, vmo) in state.Vmos)
        {
            if (vmo.Parent is { KeepsParentAlive: true } reads && !state.Vmos.ContainsKey(reads.ParentKoid))
            {
                yield return InvariantViolation.Of("INV-CHILD-02", $"{reads.Kind} child {vmo.Koid} outlived its parent {reads.ParentKoid}");
            }

            foreach (var child in vmo.Children)
            {
                if (!state.Vmos.TryGetValue(child, out var v) || v.Parent?.ParentKoid != vmo.Koid)
                {
                    yield return InvariantViolation.Of("INV-CHILD-02", $"VMO {vmo.Koid} lists child {child}, which is gone or has another parent");
                }
            }

            if (vmo.IsDiscardable && !vmo.Children.IsEmpty)
            {
                yield return InvariantViolation.Of("INV-CHILD-03", $"discardable VMO {vmo.Koid} has children [{string.Join(", ", vmo.Children)}]");
            }

            if (vmo.Parent is { } link && state.Vmos.TryGetValue(link.ParentKoid, out var parent) && !parent.Children.Contains(vmo.Koid))
            {
                yield return InvariantViolation.Of("INV-CHILD-02", $"VMO {vmo.Koid} names parent {link.ParentKoid}, which does not list it");
            }
        }

    }
}
