using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// fork() -> the child's pid (its koid), as dup_mmap / dup_fd (L-16): private VMAs are copied and their
/// pages shared copy-on-write (a store then takes a frame for a copy); MAP_SHARED VMAs show the same
/// object; VM_WIPEONFORK VMAs are present but empty (droppable ones included, seed 003 (d)); VM_DONTCOPY
/// VMAs are absent; VM_LOCKED, MCL_FUTURE and uffd registrations are not inherited; purge markers and
/// other flags are, MADV_FREE's lazy-free mark included (it belongs to the page, which both now map clean,
/// so reclaim drops it from both). Descriptors and capabilities are copied; only the calling thread exists in the
/// child. The child is recorded as created by its parent, so the parent may access its mm (L-14).
/// </summary>
public static class Fork
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Fork call)
    {
        var parent = state.Me(process);
        var after = state.NewProcess(out var child);
        after = after.WithProcess(after.Processes[child] with { Creator = process });
        var vmas = parent.Vmas.Values
            .Where(v => !v.Has(VmFlags.DontCopy))
            .Select(v => v with { Uffd = 0, Flags = v.Flags & ~(VmFlags.Locked | VmFlags.UffdMissing) })
            .ToList();
        var ptes = parent.Ptes.Where(e => vmas.Any(v => v.Start <= e.Key && e.Key < v.End && !v.Has(VmFlags.WipeOnFork)));
        var copy = parent with
        {
            Vmas = vmas.ToImmutableSortedDictionary(v => v.Start, v => v),
            Ptes = ptes.ToImmutableSortedDictionary(e => e.Key, e => e.Value),
            LockFuture = false,
        };
        return LinuxEdits.Ok(after.With(child, copy), Value.Int(child));
    }
}
