using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_bti_pin (INV-PIN-01..04, D-14): pinning commits the range and returns one physical address per page.
/// The pin checks come in the real kernel's order: sys_bti_pin's handle, alignment, right and option
/// checks; size 0 (BusTransactionInitiatorDispatcher::Pin); range, discard and memory
/// (PinnedVmObject::Create); then, under the BTI's lock, the quarantine (BAD_STATE) and the IOMMU's
/// refusal of a pin without a PERM_* bit (INVALID_ARGS, D-26). A late failure rolls the commit back.
/// </summary>
internal static class BtiPin
{
    /// <summary>Each PERM_* option and the right the VMO handle needs for it.</summary>
    private static readonly (uint Option, Rights Right)[] PermissionRights =
        [(BtiOptions.PermRead, Rights.Read), (BtiOptions.PermExecute, Rights.Read), (BtiOptions.PermWrite, Rights.Write)];

    private const uint Known = BtiOptions.PermRead | BtiOptions.PermWrite | BtiOptions.PermExecute | BtiOptions.Compress | BtiOptions.Contiguous;

    public static SyscallResult Run(CallContext context, Abi.BtiPin call)
    {
        var status = context.View.Lookup(call.Bti, ObjectKind.Bti, Rights.Map, out var bti);
        if (status == Status.ZxOk && (!KernelLayout.IsPageAligned(call.Offset) || !KernelLayout.IsPageAligned(call.Size)))
        {
            status = Status.ZxErrInvalidArgs;
        }

        if (status == Status.ZxOk)
        {
            status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out _);
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.View.TryHandle(call.Vmo, out var handle);
        var vmo = context.Vmo(handle.Object);
        status = CheckOptions(call.Options, handle.Rights, vmo);
        if (status == Status.ZxOk)
        {
            status = call.Size == 0 ? Status.ZxErrInvalidArgs
                : !Ranges.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)) ? Status.ZxErrOutOfRange
                : vmo.DiscardedUnlocked ? Status.ZxErrNotFound
                : Status.ZxOk;
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.Need(memory: true, koids: true);
        var first = call.Offset / VmoAccess.PageSize;
        var count = call.Size / VmoAccess.PageSize;
        if (count > VmoLimits.MaxFramesPerCall)
        {
            // The PMT's address list is kernel memory too; a pin this large cannot be backed.
            return SyscallResult.Error(Status.ZxErrNoMemory);
        }

        var checkpoint = context.Checkpoint();
        if (!VmoAccess.Commit(context, vmo, first, count))
        {
            return SyscallResult.Error(Status.ZxErrNoMemory);
        }

        const uint perms = BtiOptions.PermRead | BtiOptions.PermWrite | BtiOptions.PermExecute;
        status = context.Bti(bti.Object).QuarantinedPmts > 0 ? Status.ZxErrBadState
            : (call.Options & perms) == 0 ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
        if (status != Status.ZxOk)
        {
            // The real kernel keeps the pages it committed; errors change nothing here (INV-STATE-01, D-26).
            context.Rollback(checkpoint);
            return SyscallResult.Error(status);
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
        var value = context.View.AddHandle(pmt, Rights.DefaultPmt);
        return SyscallResult.ZxOk(Value.Record(("pmt", Value.Int(value)), ("addrs", Value.List(addresses))));
    }

    /// <summary>
    /// sys_bti_pin's checks of the VMO handle and options. The rights the handle must hold are gathered
    /// first (MAP always, READ for PERM_READ or PERM_EXECUTE, WRITE for PERM_WRITE; any missing is
    /// ACCESS_DENIED), then the option combinations the kernel refuses (INVALID_ARGS).
    /// </summary>
    private static Status CheckOptions(uint options, Rights held, VmoState vmo)
    {
        var required = PermissionRights.Where(p => (options & p.Option) != 0).Aggregate(Rights.Map, (all, p) => all | p.Right);
        if ((held & required) != required)
        {
            return Status.ZxErrAccessDenied;
        }

        const uint compressedAndContiguous = BtiOptions.Compress | BtiOptions.Contiguous;
        var unknownBits = (options & ~Known) != 0;
        var bothLayouts = (options & compressedAndContiguous) == compressedAndContiguous;
        var contiguityUnavailable = (options & BtiOptions.Contiguous) != 0 && !(vmo.Contiguous || vmo.Physical);
        return unknownBits || bothLayouts || contiguityUnavailable ? Status.ZxErrInvalidArgs : Status.ZxOk;
    }
}
