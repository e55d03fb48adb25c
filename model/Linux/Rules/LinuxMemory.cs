using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>What an access through a process's VMAs came to: the state after it, its status and, for a load, the bytes.</summary>
public sealed record AccessOutcome(KernelState State, Status Status, ByteString Bytes, ulong Waiter = 0)
{
    public bool Ok => Status == Status.Ok;

    /// <summary>The call's result when the access did not succeed: the fault, or the marker of a blocked call.</summary>
    public SyscallResult Failure => Status == Status.Blocked ? Blocking.Blocked(Waiter) : SyscallResult.Error(Status);
}

/// <summary>
/// Loads and stores through a process's Linux VMAs, by a user access (mem_read / mem_write) or by a
/// syscall copying to or from user memory (read / write on a pipe). Page by page (L-17): no VMA or
/// PROT_NONE faults a load, a missing PROT_WRITE a store (SIGSEGV; a syscall EFAULT). A present page is
/// read or written (a store to a page shared copy-on-write after fork takes a frame for a copy, L-16).
/// A missing page (never filled, dropped, zapped or purged) in a uffd-registered VMA blocks the thread
/// and queues one message (L-8, L-9, L-10), unless the uffd has UFFD_FEATURE_SIGBUS (SIGBUS; a syscall
/// EFAULT) or is UFFD_USER_MODE_ONLY and the access is a syscall (EFAULT, no message). A purged page in
/// a volatile VMA is SIGBUS / EFAULT (L-7). Otherwise a load of a missing page reads zero without a
/// frame and a store takes one; with none free the store is lost in a droppable VMA and SIGBUS
/// elsewhere (L-2). Only a complete access changes memory: a faulting or blocking one changes nothing
/// but the waiter and message it leaves, so a woken call retried from the start is the real retried fault.
/// </summary>
public static class LinuxMemory
{
    public static AccessOutcome Load(KernelState state, ulong process, Syscall call, ulong address, ulong length, bool syscall) =>
        Access(state, process, call, address, length, null, syscall);

    public static AccessOutcome Store(KernelState state, ulong process, Syscall call, ulong address, ByteString data, bool syscall) =>
        Access(state, process, call, address, (ulong)data.Length, data, syscall);

    private static AccessOutcome Access(KernelState state, ulong process, Syscall call, ulong address, ulong length, ByteString? data, bool syscall)
    {
        var write = data is not null;
        var fault = syscall ? Status.Efault : Status.Sigsegv;
        var busError = syscall ? Status.Efault : Status.Sigbus;
        if (!Ranges.TryEnd(address, length, out var end) || length > VmoLimits.MaxReadLength)
        {
            return new(state, fault, ByteString.Empty);
        }

        var buffer = new byte[length];
        var after = state;
        for (var at = address; at < end;)
        {
            var page = LinuxPages.PageOf(at);
            var chunk = Math.Min(end, page + LinuxPages.PageSize) - at;
            var me = after.Linux.Process(process);
            var vma = me.VmaAt(at);
            if (vma is null || vma.Prot == LinuxConstants.ProtNone || (write && (vma.Prot & LinuxConstants.ProtWrite) == 0))
            {
                return new(state, fault, ByteString.Empty);
            }

            var present = PageAt(after.Linux, me, vma, page, out var pte);
            if (present == 0)
            {
                if (vma.Has(VmFlags.UffdMissing) && state.Linux.Uffds.TryGetValue(vma.Uffd, out var uffd))
                {
                    if (uffd.Has(LinuxConstants.UffdFeatureSigbus) || (syscall && uffd.UserModeOnly))
                    {
                        return new(state, busError, ByteString.Empty);
                    }

                    var message = uffd.Has(LinuxConstants.UffdFeatureExactAddress) ? at : page;
                    var flags = write ? LinuxConstants.UffdPagefaultFlagWrite : 0;
                    var blocked = Blocking.BlockOnFault(state, process, call, uffd.Id, page, message, flags, out var waiter);
                    return new(blocked, Status.Blocked, ByteString.Empty, waiter);
                }

                if (pte?.Purged == true && vma.Has(VmFlags.Volatile))
                {
                    return new(state, busError, ByteString.Empty);
                }
            }

            var offset = (int)(at - page);
            if (write)
            {
                var bytes = present is 0 or Pte.ZeroPage ? new byte[LinuxPages.PageSize] : [.. after.Linux.Pages[present].Data.Bytes];
                data!.Bytes.AsSpan((int)(at - address), (int)chunk).CopyTo(bytes.AsSpan(offset));
                if (!TryStore(after, process, vma, page, present, ByteString.Of(bytes), out after) && !vma.Has(VmFlags.Droppable))
                {
                    return new(state, busError, ByteString.Empty);
                }
            }
            else if (present is not (0 or Pte.ZeroPage))
            {
                after.Linux.Pages[present].Data.Bytes.AsSpan(offset, (int)chunk).CopyTo(buffer.AsSpan((int)(at - address)));
            }

            at += chunk;
        }

        return new(LinuxPages.Collect(after), Status.Ok, write ? ByteString.Empty : ByteString.Of(buffer));
    }

    /// <summary>The page mapped at <paramref name="page"/> (0 when missing) and the private entry there, if any.</summary>
    public static ulong PageAt(LinuxWorld world, LinuxProcess process, Vma vma, ulong page, out Pte? pte)
    {
        pte = null;
        if (vma.Has(VmFlags.Shared))
        {
            var index = vma.PageOffset + ((page - vma.Start) / LinuxPages.PageSize);
            return world.SharedObjects.TryGetValue(vma.Object, out var shm) && shm.Pages.TryGetValue(index, out var p) ? p : 0;
        }

        pte = process.Ptes.GetValueOrDefault(page);
        return pte?.Page ?? 0;
    }

    /// <summary>
    /// Puts <paramref name="bytes"/> at <paramref name="page"/>: in place when the page is mapped once,
    /// else in a new page (first store, or copy-on-write). A store clears MADV_FREE's lazy-free mark and a
    /// purge marker. False when a new frame was needed and none is free (nothing changed).
    /// </summary>
    public static bool TryStore(KernelState state, ulong process, Vma vma, ulong page, ulong present, ByteString bytes, out KernelState after)
    {
        if (present is not (0 or Pte.ZeroPage) && LinuxPages.References(state.Linux, present) == 1)
        {
            var world = state.Linux;
            after = state with { Linux = world with { Pages = world.Pages.SetItem(present, world.Pages[present] with { Data = bytes }) } };
            return Install(after, process, vma, page, present, out after);
        }

        if (!LinuxPages.TryNew(state, bytes, out after, out var fresh))
        {
            return false;
        }

        return Install(after, process, vma, page, fresh, out after);
    }

    /// <summary>Maps <paramref name="fresh"/> at <paramref name="page"/> of <paramref name="vma"/> (a clean entry, or the shared object's slot).</summary>
    public static bool Install(KernelState state, ulong process, Vma vma, ulong page, ulong fresh, out KernelState after)
    {
        var world = state.Linux;
        if (vma.Has(VmFlags.Shared))
        {
            var index = vma.PageOffset + ((page - vma.Start) / LinuxPages.PageSize);
            var shm = world.SharedObjects[vma.Object];
            after = state with { Linux = world with { SharedObjects = world.SharedObjects.SetItem(vma.Object, new SharedObject(shm.Pages.SetItem(index, fresh))) } };
            return true;
        }

        var me = world.Process(process);
        after = state with { Linux = world.WithProcess(process, me with { Ptes = me.Ptes.SetItem(page, new Pte(fresh)) }) };
        return true;
    }
}
