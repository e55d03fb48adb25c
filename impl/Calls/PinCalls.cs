using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_bti_pin and zx_pmt_unpin (INV-PIN-01..04, D-14): pinning commits the range and returns one physical
/// address per page; the PMT handle is consumed by unpin; a PMT closed without unpin pins for good.
/// The pin checks come in the real kernel's order: sys_bti_pin's handle, alignment, right and option
/// checks; size 0 (BusTransactionInitiatorDispatcher::Pin); range, discard and memory
/// (PinnedVmObject::Create); then, under the BTI's lock, the quarantine (BAD_STATE) and the IOMMU's
/// refusal of a pin without a PERM_* bit (INVALID_ARGS, D-26). A late failure rolls the commit back.
/// </summary>
public static class PinCalls
{
    private const uint Known = BtiOptions.PermRead | BtiOptions.PermWrite | BtiOptions.PermExecute | BtiOptions.Compress | BtiOptions.Contiguous;

    public static SyscallResult Pin(CallContext context, BtiPin call)
    {
        var status = context.Lookup(call.Bti, ObjectKind.Bti, Rights.Map, out var bti);
        if (status == Status.ZxOk && (!KernelLayout.IsPageAligned(call.Offset) || !KernelLayout.IsPageAligned(call.Size)))
        {
            status = Status.ZxErrInvalidArgs;
        }

        if (status == Status.ZxOk)
        {
            status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out _);
        }

        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        context.TryHandle(call.Vmo, out var handle);
        var vmo = context.Vmo(handle.Object);
        status = CheckOptions(call.Options, handle.Rights, vmo);
        if (status == Status.ZxOk)
        {
            status = call.Size == 0 ? Status.ZxErrInvalidArgs
                : !VmoAccess.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)) ? Status.ZxErrOutOfRange
                : vmo.DiscardedUnlocked ? Status.ZxErrNotFound
                : Status.ZxOk;
        }

        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        context.Need(memory: true, koids: true);
        var first = call.Offset / VmoAccess.PageSize;
        var count = call.Size / VmoAccess.PageSize;
        if (count > VmoLimits.MaxFramesPerCall)
        {
            // The PMT's address list is kernel memory too; a pin this large cannot be backed.
            return Syscalls.Fail(Status.ZxErrNoMemory);
        }

        var checkpoint = context.Checkpoint();
        if (!VmoAccess.Commit(context, vmo, first, count))
        {
            return Syscalls.Fail(Status.ZxErrNoMemory);
        }

        const uint perms = BtiOptions.PermRead | BtiOptions.PermWrite | BtiOptions.PermExecute;
        status = context.Bti(bti.Object).QuarantinedPmts > 0 ? Status.ZxErrBadState
            : (call.Options & perms) == 0 ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
        if (status != Status.ZxOk)
        {
            // The real kernel keeps the pages it committed; errors change nothing here (INV-STATE-01, D-26).
            context.Rollback(checkpoint);
            return Syscalls.Fail(status);
        }

        var (owner, start) = VmoAccess.Owner(context, context.Vmo(vmo.Koid, vmo.Actor), first);
        owner = context.Vmo(owner.Koid, owner.Actor);
        var pins = owner.Pins.ToBuilder();
        var addresses = new List<Value>();
        for (var page = start; page < start + count; page++)
        {
            pins[page] = pins.GetValueOrDefault(page) + 1;
            addresses.Add(Value.Int(owner.Physical
                ? owner.PhysicalBase + (page * VmoAccess.PageSize)
                : PhysicalMemoryState.Address(owner.Pages[page].Frame)));
        }

        context.Put(owner with { Pins = pins.ToImmutable() });
        var through = context.Vmo(vmo.Koid, vmo.Actor);
        context.Put(through with { PinReferences = through.PinReferences + 1 });
        var pmt = new ObjectRef(context.NewKoid(), ObjectKind.Pmt, Pin: new PinnedRange(owner.Koid, owner.Actor, start, count, vmo.Koid, vmo.Actor, bti.Object));
        var value = context.AddHandle(pmt, Rights.DefaultPmt);
        return SyscallResult.ZxOk(Value.Record(("pmt", Value.Int(value)), ("addrs", Value.List(addresses))));
    }

    private static Status CheckOptions(uint options, Rights rights, VmoState vmo)
    {
        if ((rights & Rights.Map) == 0)
        {
            return Status.ZxErrAccessDenied;
        }

        var needsRead = (options & (BtiOptions.PermRead | BtiOptions.PermExecute)) != 0;
        var needsWrite = (options & BtiOptions.PermWrite) != 0;
        if ((needsRead && (rights & Rights.Read) == 0) || (needsWrite && (rights & Rights.Write) == 0))
        {
            return Status.ZxErrAccessDenied;
        }

        var compress = (options & BtiOptions.Compress) != 0;
        var contiguous = (options & BtiOptions.Contiguous) != 0;
        return (compress && contiguous) || (contiguous && !vmo.Contiguous && !vmo.Physical) || (options & ~Known) != 0
            ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    public static SyscallResult Unpin(CallContext context, PmtUnpin call)
    {
        var status = context.Lookup(call.Pmt, ObjectKind.Pmt, Rights.None, out var handle);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        var range = handle.Object.Pin!;
        context.Require([(range.VmoKoid, range.VmoActor), (range.ThroughKoid, range.ThroughActor)]);
        var owner = context.Vmo(range.VmoKoid, range.VmoActor);
        var pins = owner.Pins.ToBuilder();
        for (var page = range.FirstPage; page < range.FirstPage + range.PageCount; page++)
        {
            var left = pins.GetValueOrDefault(page) - 1;
            if (left > 0)
            {
                pins[page] = left;
            }
            else
            {
                pins.Remove(page);
            }
        }

        context.RemoveHandle(call.Pmt);
        context.Put(owner with { Pins = pins.ToImmutable() });
        var through = context.Vmo(range.ThroughKoid, range.ThroughActor);
        context.Put(through with { PinReferences = through.PinReferences - 1 });
        foreach (var vmo in new[] { owner, through }.DistinctBy(v => v.Koid).OrderBy(v => v.Koid))
        {
            Lifetime.DestroyIfUnreferenced(context, vmo);
        }
        return SyscallResult.ZxOk();
    }
}
