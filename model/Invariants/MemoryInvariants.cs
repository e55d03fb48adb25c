using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>Frames and accounting over one state, VMO pages and the Linux surface's anonymous pages together: INV-MEM-01, INV-MEM-02, INV-MEM-04, INV-LINUX-01.</summary>
public static class MemoryInvariants
{
    public static IEnumerable<InvariantViolation> Check(KernelState state)
    {
        // Owners as (koid, page), written out only for a violation: this runs on every state exhaust stores.
        var owners = new Dictionary<ulong, (ulong Koid, ulong Page)>();
        foreach (var (_, vmo) in state.Vmos)
        {
            var highest = 0UL;
            foreach (var (page, slot) in vmo.Pages)
            {
                highest = page; // pages come in ascending order
                if (!owners.TryAdd(slot.Frame, (vmo.Koid, page)))
                {
                    yield return InvariantViolation.Of("INV-MEM-01", $"frame {slot.Frame} backs both {Slot(owners[slot.Frame])} and {Slot((vmo.Koid, page))}");
                }

                if (slot.Frame >= state.Memory.NextFresh)
                {
                    yield return InvariantViolation.Of("INV-MEM-02", $"{Slot((vmo.Koid, page))} holds frame {slot.Frame}, never allocated (next fresh {state.Memory.NextFresh})");
                }
            }

            if (!vmo.IsView && !vmo.Pages.IsEmpty && highest >= vmo.PageCount)
            {
                yield return InvariantViolation.Of("INV-MEM-02", $"VMO {vmo.Koid} of {vmo.PageCount} pages holds page {highest} beyond its size");
            }

            if (vmo.IsView && !vmo.Pages.IsEmpty)
            {
                yield return InvariantViolation.Of("INV-MEM-04", $"view VMO {vmo.Koid} holds {vmo.Pages.Count} pages of its own");
            }
        }

        // The Linux surface takes frames from the same memory (L-3): each anonymous page owns one frame of its own.
        foreach (var (id, page) in state.Linux.Pages)
        {
            if (!owners.TryAdd(page.Frame, (LinuxOwner, id)))
            {
                yield return InvariantViolation.Of("INV-LINUX-01", $"frame {page.Frame} backs both {Slot(owners[page.Frame])} and {Slot((LinuxOwner, id))}");
            }
        }

        if ((ulong)owners.Count != state.Memory.Used)
        {
            yield return InvariantViolation.Of("INV-MEM-02", $"{state.Memory.Used} frames used but {owners.Count} back page slots");
        }

        var onStack = new HashSet<ulong>();
        var reused = ulong.MaxValue;
        var twice = false;
        foreach (var frame in state.Memory.Freed)
        {
            reused = reused == ulong.MaxValue && owners.ContainsKey(frame) ? frame : reused;
            twice |= !onStack.Add(frame);
        }

        if (reused != ulong.MaxValue)
        {
            yield return InvariantViolation.Of("INV-MEM-01", $"frame {reused} is on the free stack and backs {Slot(owners[reused])}");
        }

        if (twice)
        {
            yield return InvariantViolation.Of("INV-MEM-01", "a frame is on the free stack twice");
        }

        // Frame numbers are handed out below NextFresh and never retired: each one is either held or on the free
        // stack, or it is lost to every later allocation (INV-MEM-05 reuses only what the stack holds).
        if (state.Memory.Used + (ulong)onStack.Count != state.Memory.NextFresh)
        {
            yield return InvariantViolation.Of("INV-MEM-02", $"{state.Memory.NextFresh} frames taken from the allocator but {state.Memory.Used} used and {onStack.Count} free");
        }

        foreach (var (_, vmo) in state.Vmos)
        {
            var info = (VmoKernel.Abi.RecordValue)VmoInfo.Of(state, vmo, VmoKernel.Abi.Rights.None);
            var reported = info["committed_bytes"];
            if (!Equals(reported, VmoKernel.Abi.Value.Int((ulong)vmo.Pages.Count * Ranges.PageSize)))
            {
                yield return InvariantViolation.Of("INV-MEM-04", $"VMO {vmo.Koid} reports committed_bytes {reported}, holds {vmo.Pages.Count} pages");
            }
        }
    }

    /// <summary>Koid 0 is ZX_KOID_INVALID, never a VMO's: it marks an owner that is a Linux anonymous page.</summary>
    private const ulong LinuxOwner = 0;

    private static string Slot((ulong Koid, ulong Page) slot) =>
        slot.Koid == LinuxOwner ? $"Linux page {slot.Page}" : $"VMO {slot.Koid} page {slot.Page}";
}
