using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// mmap(addr, len, prot, flags) -> address, anonymous memory only, in ksys_mmap_pgoff / do_mmap's order
/// (6.13): no MAP_ANONYMOUS EBADF (fget(-1), L-1); len 0 EINVAL; PAGE_ALIGN overflow ENOMEM;
/// __get_unmapped_area: len past TASK_SIZE ENOMEM, a MAP_FIXED address past TASK_SIZE - len ENOMEM, unaligned
/// EINVAL, below mmap_min_addr EPERM (L-14), no room ENOMEM; then the type switch on flags &amp; MAP_TYPE:
/// MAP_SHARED (not with MAP_GROWSDOWN), MAP_PRIVATE, MAP_DROPPABLE (not with MAP_LOCKED, MAP_HUGETLB or
/// MAP_GROWSDOWN; gets VM_WIPEONFORK | VM_DONTDUMP | VM_NORESERVE), anything else EINVAL (L-4); MAP_HUGETLB
/// maps from an empty pool: ENOMEM (L-1). MAP_FIXED replaces what was there. MAP_LOCKED and MCL_FUTURE lock
/// the VMA (droppable excepted, L-5) and populate it as mlock does. mmap never validates prot:
/// calc_vm_prot_bits keeps PROT_READ, PROT_WRITE and PROT_EXEC and drops every other bit (PROT_SEM too), so a
/// mapping made with none of those three is inaccessible like PROT_NONE.
/// </summary>
public static class Mmap
{
    private const uint VmProt = LinuxConstants.ProtRead | LinuxConstants.ProtWrite | LinuxConstants.ProtExec;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Mmap call)
    {
        var flags = call.Flags;
        if ((flags & MapAnonymous) == 0)
        {
            return LinuxEdits.Fail(state, Status.Ebadf);
        }

        if (call.Length == 0)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (!LinuxEdits.TryPageAlign(call.Length, out var length) || length > TaskSize)
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        var me = state.Me(process);
        var fixedAt = (flags & MapFixed) != 0;
        if (fixedAt && call.Addr > TaskSize - length)
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        if (fixedAt && !KernelLayout.IsPageAligned(call.Addr))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        // __get_unmapped_area ends with security_mmap_addr: below mmap_min_addr a fixed address needs
        // CAP_SYS_RAWIO (cap_mmap_addr), which no process holds (L-14).
        if (fixedAt && call.Addr < LinuxSpace.MinAddress)
        {
            return LinuxEdits.Fail(state, Status.Eperm);
        }

        var address = call.Addr & ~(KernelLayout.PageSize - 1);
        if (!fixedAt && !(address >= LinuxSpace.MinAddress && address <= TaskSize - length && LinuxSpace.IsFree(me, address, length))
            && !LinuxSpace.TryFindFree(me, length, out address))
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        if (TypeError(flags) is { } error)
        {
            return LinuxEdits.Fail(state, error);
        }

        var vmaFlags = Flags(flags);
        if (me.LockFuture && (vmaFlags & VmFlags.Droppable) == 0)
        {
            vmaFlags |= VmFlags.Locked;
        }

        var world = state.Linux;
        ulong shared = 0;
        if ((vmaFlags & VmFlags.Shared) != 0)
        {
            world = world.TakeId(out shared);
            world = world with { SharedObjects = world.SharedObjects.Add(shared, new SharedObject(ImmutableSortedDictionary<ulong, ulong>.Empty)) };
        }

        var placed = fixedAt ? LinuxSpace.Remove(world.Process(process), address, address + length) : world.Process(process);
        placed = placed with { Vmas = placed.Vmas.Add(address, new Vma(address, address + length, call.Prot & VmProt, vmaFlags, shared)) };
        var after = LinuxPages.Collect(state.With(world).With(process, placed));
        if ((vmaFlags & VmFlags.Locked) != 0)
        {
            after = Mlock.Populate(after, process, address, address + length);
        }

        return LinuxEdits.Ok(after, Value.Int(address));
    }

    /// <summary>do_mmap's switch on the mapping type, and the empty huge page pool (L-1, L-4).</summary>
    private static Status? TypeError(uint flags) => (flags & MapType) switch
    {
        MapShared when (flags & MapGrowsDown) != 0 => Status.Einval,
        MapDroppable when (flags & (MapLocked | MapHugeTlb | MapGrowsDown)) != 0 => Status.Einval,
        MapShared or MapPrivate when (flags & MapHugeTlb) != 0 => Status.Enomem,
        MapShared or MapPrivate or MapDroppable => null,
        _ => Status.Einval,
    };

    private static VmFlags Flags(uint flags)
    {
        var vma = (flags & MapType) switch
        {
            MapShared => VmFlags.Shared,
            MapDroppable => VmFlags.Droppable | VmFlags.WipeOnFork | VmFlags.DontDump | VmFlags.NoReserve,
            _ => VmFlags.None,
        };
        vma |= (flags & MapNoReserve) != 0 ? VmFlags.NoReserve : VmFlags.None;
        vma |= (flags & MapGrowsDown) != 0 ? VmFlags.GrowsDown : VmFlags.None;
        return vma | ((flags & MapLocked) != 0 ? VmFlags.Locked : VmFlags.None);
    }
}
