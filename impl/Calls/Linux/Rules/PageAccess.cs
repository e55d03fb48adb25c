using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// The access of one page (the language's "Memory" bullet, L-2, L-7, L-8, L-9, L-17): the area's
/// protection first (SIGSEGV), then what the page holds. A present page is read or written (a store to a
/// page several entries share after fork copies it first); a missing page in a uffd-registered area
/// blocks (or is SIGBUS / EFAULT by the uffd's features); a purged page of a volatile area is SIGBUS;
/// otherwise a missing page loads zero without a frame and a store takes one. A store that finds no free
/// frame is lost in a droppable area and SIGBUS elsewhere.
/// </summary>
internal static class PageAccess
{
    /// <summary>Loads (<paramref name="data"/> null) or stores <paramref name="count"/> bytes at <paramref name="address"/>, all within one page.</summary>
    public static PageOutcome One(CallContext context, ulong address, int count, ByteString? data, bool syscall)
    {
        var pid = context.ProcessKoid;
        var page = LinuxPages.Down(address);
        var offset = (int)(address - page);
        var area = context.Linux.Mm(pid)?.AreaAt(page);
        var store = data is not null;
        if (area is null || area.Prot == LinuxConstants.ProtNone || (store && (area.Prot & LinuxConstants.ProtWrite) == 0))
        {
            return PageOutcome.Fault(Status.Sigsegv);
        }

        var slot = PageSlot.Find(context.Linux, pid, area, page);
        if (slot.Holding is PageHolding.Missing or PageHolding.Purged && Unsupplied(context, slot, address, store, syscall) is { } refused)
        {
            return refused;
        }

        if (!store)
        {
            return new(Status.Ok, slot.Holding == PageHolding.Frame
                ? ByteString.Of(AnonPages.Data(context.Linux, slot.Frame).Bytes.AsSpan(offset, count))
                : ByteString.Zeros(count));
        }

        return Write(context, slot, offset, data!);
    }

    /// <summary>What a missing or purged page comes to before the kernel may supply a zero page: a block, a fault, or null (supply it).</summary>
    private static PageOutcome? Unsupplied(CallContext context, PageSlot slot, ulong address, bool store, bool syscall)
    {
        if (slot.Area.Has(AreaFlags.UffdMissing) && context.Linux.Uffds.TryGetValue(slot.Area.Uffd, out var uffd))
        {
            if (uffd.Has(LinuxConstants.UffdFeatureSigbus) || (syscall && (uffd.Flags & LinuxConstants.UffdUserModeOnly) != 0))
            {
                return PageOutcome.Fault(Status.Sigbus);
            }

            var reported = uffd.Has(LinuxConstants.UffdFeatureExactAddress) ? address : slot.Page;
            var flags = store ? LinuxConstants.UffdPagefaultFlagWrite : 0;
            return new(Status.Blocked, ByteString.Empty, new PendingFault(uffd.Id, slot.Page, reported, flags));
        }

        return slot.Holding == PageHolding.Purged && slot.Area.Has(AreaFlags.Volatile) ? PageOutcome.Fault(Status.Sigbus) : null;
    }

    private static PageOutcome Write(CallContext context, PageSlot slot, int offset, ByteString data)
    {
        var world = context.Linux;
        if (slot.Holding == PageHolding.Frame && (slot.Area.Has(AreaFlags.Shared) || AnonPages.References(world, slot.Frame) == 1))
        {
            var page = world.Pages[slot.Frame];
            world = world with { Pages = world.Pages.SetItem(slot.Frame, page with { Data = Patch(page.Data, offset, data) }) };
            context.Linux = slot.LazyFree ? slot.Put(world, slot.Frame) : world;
            return new(Status.Ok, ByteString.Empty);
        }

        // A new frame: the first store to the page, or copy-on-write of a page another entry still names.
        var before = slot.Holding == PageHolding.Frame ? AnonPages.Data(world, slot.Frame) : AnonPages.Blank;
        if (!AnonPages.TryNew(context, Patch(before, offset, data), out var frame))
        {
            // L-2: lost without a signal in a droppable area (seed 003 (c)), SIGBUS elsewhere (no OOM killer).
            return slot.Area.Has(AreaFlags.Droppable) ? new(Status.Ok, ByteString.Empty) : PageOutcome.Fault(Status.Sigbus);
        }

        context.Linux = slot.Put(context.Linux, frame);
        return new(Status.Ok, ByteString.Empty);
    }

    private static ByteString Patch(ByteString page, int offset, ByteString data)
    {
        var bytes = page.Bytes.ToArray();
        data.Bytes.AsSpan().CopyTo(bytes.AsSpan(offset));
        return ByteString.Of(bytes);
    }
}
