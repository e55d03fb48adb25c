using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mmap of anonymous memory (INV-LINUX-07), checking in do_mmap's order: MAP_ANONYMOUS (EBADF, fget(-1)),
/// the length, the address (MAP_FIXED's range, alignment and mmap_min_addr, or a free range), the mapping type and its
/// flags, then the empty huge page pool (L-1, L-4). MAP_FIXED first unmaps what it replaces; a locked
/// mapping (MAP_LOCKED, or MCL_FUTURE on a non-droppable one, L-5) is populated.
/// </summary>
internal static class Mmap
{
    public static SyscallResult Run(CallContext context, Abi.Mmap call)
    {
        context.Need(linux: true, memory: true);
        var pid = context.ProcessKoid;
        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        if ((call.Flags & MapAnonymous) == 0)
        {
            return SyscallResult.Error(Status.Ebadf);
        }

        if (call.Length == 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var length = LinuxPages.Up(call.Length);
        if (length == 0 || length > TaskSize)
        {
            return SyscallResult.Error(Status.Enomem);
        }

        var fixedAt = (call.Flags & MapFixed) != 0;
        if (fixedAt && call.Addr > TaskSize - length)
        {
            return SyscallResult.Error(Status.Enomem);
        }

        if (fixedAt && !LinuxPages.Aligned(call.Addr))
        {
            return SyscallResult.Error(Status.Einval);
        }

        // security_mmap_addr, the last check of __get_unmapped_area: cap_mmap_addr refuses an address
        // below dac_mmap_min_addr to a caller without CAP_SYS_RAWIO, and no process here holds it (L-14).
        if (fixedAt && call.Addr < LinuxPages.MinAddress)
        {
            return SyscallResult.Error(Status.Eperm);
        }

        if ((fixedAt ? call.Addr : AddressSearch.Find(mm, call.Addr, length)) is not { } start)
        {
            return SyscallResult.Error(Status.Enomem);
        }

        if (Flags(call.Flags, mm.LockFuture) is not { } flags)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if ((call.Flags & MapHugeTlb) != 0)
        {
            return SyscallResult.Error(Status.Enomem);
        }

        Place(context, pid, new Area(start, start + length, call.Prot & (ProtRead | ProtWrite | ProtExec), flags));
        return SyscallResult.Ok(Value.Int(start));
    }

    /// <summary>The new area's flags from the mapping type and flags, or null where do_mmap answers EINVAL.</summary>
    private static AreaFlags? Flags(uint flags, bool lockFuture)
    {
        var common = ((flags & MapNoReserve) != 0 ? AreaFlags.NoReserve : 0) | ((flags & MapGrowsDown) != 0 ? AreaFlags.GrowsDown : 0);
        var locked = (flags & MapLocked) != 0 || lockFuture ? AreaFlags.Locked : 0;
        return (flags & MapType) switch
        {
            MapPrivate => common | locked,
            MapShared when (flags & MapGrowsDown) == 0 => common | locked | AreaFlags.Shared,
            MapDroppable when (flags & (MapLocked | MapHugeTlb | MapGrowsDown)) == 0 =>
                AreaFlags.Droppable | AreaFlags.WipeOnFork | AreaFlags.DontDump | AreaFlags.NoReserve,
            _ => null,
        };
    }

    /// <summary>Maps <paramref name="area"/>, replacing whatever was there (MAP_FIXED), with a new shared object for a shared one.</summary>
    private static void Place(CallContext context, ulong pid, Area area)
    {
        var world = context.Linux;
        if (area.Has(AreaFlags.Shared))
        {
            world = world.NewId(out var id);
            world = world with { Shm = world.Shm.Add(id, new ShmObject(id, System.Collections.Immutable.ImmutableSortedDictionary<ulong, ulong>.Empty)) };
            area = area with { Shm = id };
        }

        var mm = AreaEdits.Remove(world.Mms[pid], area.Start, area.End);
        context.Linux = world.WithMm(pid, mm with { Areas = mm.Areas.Add(area.Start, area) });
        AnonPages.Collect(context);
        if (area.Has(AreaFlags.Locked))
        {
            Populate.Range(context, pid, area.Start, area.End);
        }
    }
}
