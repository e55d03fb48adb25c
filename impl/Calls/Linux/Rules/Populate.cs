using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// __mm_populate after mlock, mlockall(MCL_CURRENT) and a VM_LOCKED mmap: the locked areas of the range
/// are faulted in. A writable private page or a shared page takes a frame; a read-only private page maps
/// the zero page (no frame, not in VmRSS). Purged pages, uffd-registered areas and private PROT_NONE
/// areas are left alone, and so is the rest once physical memory runs out (population is best effort).
/// A shared PROT_NONE area is populated too, as the scenarios' model does (Linux's check_vma_flags would
/// refuse it; noted for the lead).
/// </summary>
internal static class Populate
{
    public static void Range(CallContext context, ulong pid, ulong start, ulong end)
    {
        var mm = context.Linux.Mm(pid)!;
        foreach (var area in AreaEdits.Overlapping(mm, start, end).Where(a => a.Has(AreaFlags.Locked)).ToList())
        {
            if ((area.Prot == LinuxConstants.ProtNone && !area.Has(AreaFlags.Shared)) || area.Has(AreaFlags.UffdMissing))
            {
                continue;
            }

            foreach (var page in LinuxPages.In(Math.Max(start, area.Start), Math.Min(end, area.End)))
            {
                if (!Fill(context, PageSlot.Find(context.Linux, pid, area, page)))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Faults one page in; false when it needed a frame and none was free.</summary>
    private static bool Fill(CallContext context, PageSlot slot)
    {
        var writable = (slot.Area.Prot & LinuxConstants.ProtWrite) != 0 || slot.Area.Has(AreaFlags.Shared);
        if (slot.Holding == PageHolding.Missing && !writable)
        {
            var mm = context.Linux.Mms[slot.Pid];
            context.Linux = context.Linux.WithMm(slot.Pid, mm with { Entries = mm.Entries.SetItem(slot.Page, PageEntry.Zero) });
            return true;
        }

        if (slot.Holding is not (PageHolding.Missing or PageHolding.Zero) || !writable)
        {
            return true;
        }

        if (!AnonPages.TryNew(context, AnonPages.Blank, out var frame))
        {
            return false;
        }

        context.Linux = slot.Put(context.Linux, frame);
        return true;
    }
}
