using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// mlock(addr, len), as do_mlock / apply_vma_lock_flags (6.13): the start is rounded down and the
/// length up (no alignment error; a length rounding past 2^64 wraps to 0, an empty range); RLIMIT_MEMLOCK is unlimited (L-5); a wrapping end EINVAL; len 0 OK;
/// start in a hole ENOMEM with nothing changed; then each VMA in order gets VM_LOCKED, except a
/// droppable one, which mlock_fixup skips (seed 003 (e), L-5); a later hole ENOMEM with the VMAs before
/// it locked. Locked writable private pages and shared pages are then populated (__mm_populate), which
/// takes frames; pages in a uffd-registered VMA are not (populating them would block).
/// </summary>
public static class Mlock
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Mlock call) =>
        Apply(state, process, call.Addr, call.Length, lockIt: true);

    /// <summary>mlock and munlock: sets or clears VM_LOCKED over the range.</summary>
    public static (KernelState State, SyscallResult Result) Apply(KernelState state, ulong process, ulong addr, ulong len, bool lockIt)
    {
        // do_mlock's PAGE_ALIGN is size_t arithmetic: a length that rounds up past 2^64 wraps to 0, an empty
        // range (OK), not an error; only a rounded range that wraps past 2^64 from start is EINVAL.
        var start = addr & ~(KernelLayout.PageSize - 1);
        var length = (len + (addr - start) + KernelLayout.PageSize - 1) & ~(KernelLayout.PageSize - 1);
        if (!Ranges.TryEnd(start, length, out var end))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (length == 0)
        {
            return LinuxEdits.Ok(state);
        }

        var me = state.Me(process);
        if (me.VmaAt(start) is null)
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        var at = start;
        foreach (var vma in me.Overlapping(start, end).ToList())
        {
            if (vma.Start > at)
            {
                break;
            }

            at = Math.Min(vma.End, end);
        }

        var after = state.With(process, LinuxSpace.Update(me, start, at, v => Locked(v, lockIt)));
        if (lockIt)
        {
            after = Populate(after, process, start, at);
        }

        return at < end ? LinuxEdits.Fail(after, Status.Enomem) : LinuxEdits.Ok(after);
    }

    /// <summary>mlock_fixup: VM_LOCKED set or cleared, a droppable VMA left as it is (L-5).</summary>
    public static Vma Locked(Vma vma, bool lockIt) =>
        vma.Has(VmFlags.Droppable) ? vma : vma with { Flags = lockIt ? vma.Flags | VmFlags.Locked : vma.Flags & ~VmFlags.Locked };

    /// <summary>
    /// __mm_populate over the locked VMAs in [start, end): a writable private page or a shared page
    /// without a frame gets a zeroed one (a write fault, or shmem's page); a read-only private page maps
    /// the zero page (a read fault: do_anonymous_page), which takes no frame but is present, so a later
    /// UFFDIO_ZEROPAGE there is EEXIST; a private PROT_NONE VMA is not faulted (populate_vma_page_range
    /// faults only what has some permission). Stops quietly when frames run out.
    /// </summary>
    public static KernelState Populate(KernelState state, ulong process, ulong start, ulong end)
    {
        var after = state;
        foreach (var vma in state.Me(process).Overlapping(start, end).Where(v => v.Has(VmFlags.Locked) && !v.Has(VmFlags.UffdMissing)).ToList())
        {
            var readFault = !vma.Has(VmFlags.Shared) && (vma.Prot & LinuxConstants.ProtWrite) == 0;
            if (readFault && vma.Prot == LinuxConstants.ProtNone)
            {
                continue;
            }

            for (var page = Math.Max(start, vma.Start); page < Math.Min(end, vma.End); page += KernelLayout.PageSize)
            {
                var present = LinuxMemory.PageAt(after.Linux, after.Me(process), vma, page, out var pte);
                if (present is not (0 or Pte.ZeroPage) || pte?.Purged == true || (readFault && present != 0))
                {
                    continue;
                }

                if (readFault)
                {
                    LinuxMemory.Install(after, process, vma, page, Pte.ZeroPage, out after);
                    continue;
                }

                if (!LinuxMemory.TryStore(after, process, vma, page, 0, ByteString.Zeros((int)KernelLayout.PageSize), out after))
                {
                    return after;
                }
            }
        }

        return after;
    }
}
