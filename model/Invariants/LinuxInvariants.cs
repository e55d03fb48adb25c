using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// The Linux surface's single-state invariants (spec/linux.md): droppable memory is never locked
/// (INV-LINUX-02), a purge marker maps nothing and lies in a volatile VMA (INV-LINUX-03), every unread
/// uffd message belongs to a thread still blocked on that uffd (INV-LINUX-04). Frames across both
/// surfaces (INV-LINUX-01) are checked with the VMO frames in <see cref="MemoryInvariants"/>.
/// </summary>
public static class LinuxInvariants
{
    /// <summary>A state with no Linux process and no uffd (every state of a Zircon-only search) has nothing to check.</summary>
    public static IEnumerable<InvariantViolation> Check(KernelState state) =>
        state.Linux.Processes.IsEmpty && state.Linux.Uffds.IsEmpty ? [] : Checked(state);

    private static IEnumerable<InvariantViolation> Checked(KernelState state)
    {
        foreach (var (koid, process) in state.Linux.Processes)
        {
            foreach (var vma in process.Vmas.Values.Where(v => v.Has(VmFlags.Droppable) && v.Has(VmFlags.Locked)))
            {
                yield return InvariantViolation.Of("INV-LINUX-02", $"process {koid}: droppable VMA at 0x{vma.Start:x} is VM_LOCKED (counted in VmLck)");
            }

            foreach (var (page, pte) in process.Ptes.Where(e => e.Value.Purged))
            {
                if (pte.Page != 0 || process.VmaAt(page) is not { } vma || !vma.Has(VmFlags.Volatile))
                {
                    yield return InvariantViolation.Of("INV-LINUX-03", $"process {koid}: purge marker at 0x{page:x} maps a page or lies outside a volatile VMA");
                }
            }
        }

        foreach (var uffd in state.Linux.Uffds.Values)
        {
            foreach (var message in uffd.Queue)
            {
                if (!state.Linux.Waiters.TryGetValue(message.Waiter, out var waiter) || waiter.Woken || waiter.Channel != uffd.Id || waiter.Kind != WaitKind.UffdFault)
                {
                    yield return InvariantViolation.Of("INV-LINUX-04", $"uffd {uffd.Id}: message for 0x{message.Address:x} belongs to no thread blocked on it");
                }
            }
        }
    }
}
