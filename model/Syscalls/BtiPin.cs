using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_bti_pin(bti, options, vmo, offset, size) -> {pmt, addrs}, in sys_bti_pin's order: BTI handle
/// with MAP; offset or size not page-aligned (INVALID_ARGS); VMO handle (BAD_HANDLE, WRONG_TYPE) and its
/// MAP right (ACCESS_DENIED); PERM_READ and PERM_EXECUTE need READ, PERM_WRITE needs WRITE
/// (ACCESS_DENIED); COMPRESS with CONTIGUOUS, CONTIGUOUS on a VMO that is not contiguous, or unknown
/// options (INVALID_ARGS); then BusTransactionInitiatorDispatcher::Pin: size 0 (INVALID_ARGS);
/// PinnedVmObject::Create: range wraps or exceeds the size (OUT_OF_RANGE), a discarded, unlocked
/// regular discardable VMO (NOT_FOUND, D-13), not enough frames to commit, or more pages than one call
/// may pin (NO_MEMORY); then, under the BTI's lock, a quarantined PMT (BAD_STATE, D-16) and last the
/// IOMMU's refusal of a pin with no PERM_* bit (INVALID_ARGS, D-26). Every failure changes nothing.
/// The pages are committed and pinned; addrs has one physical address per page (INV-PIN-02).
/// </summary>
public static class BtiPin
{
    private const uint Perms = BtiOptions.PermRead | BtiOptions.PermWrite | BtiOptions.PermExecute;
    private const uint Known = Perms | BtiOptions.Compress | BtiOptions.Contiguous;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.BtiPin call)
    {
        if (!HandleLookup.TryGet(state, process, call.Bti, ObjectType.Bti, Rights.Map, out var btiHandle, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (!Ranges.IsAligned(call.Offset) || !Ranges.IsAligned(call.Size))
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (!HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.None, out var handle, out var vmo, out error))
        {
            return Outcome.Fail(state, error);
        }

        var status = CheckOptions(call.Options, handle.Rights, vmo);
        if (status == Status.ZxOk)
        {
            status = call.Size == 0 ? Status.ZxErrInvalidArgs
                : !Ranges.InRange(call.Offset, call.Size, vmo.Size) ? Status.ZxErrOutOfRange
                : vmo.RefusesAccess ? Status.ZxErrNotFound
                : Status.ZxOk;
        }

        if (status != Status.ZxOk)
        {
            return Outcome.Fail(state, status);
        }

        var pinned = Pin(state, process, btiHandle.Koid, vmo, call.Offset / Ranges.PageSize, call.Size / Ranges.PageSize);
        status = pinned.Result.Status != Status.ZxOk ? pinned.Result.Status
            : state.Pmts.Values.Any(p => p.Quarantined && p.BtiKoid == btiHandle.Koid) ? Status.ZxErrBadState
            : (call.Options & Perms) == 0 ? Status.ZxErrInvalidArgs
            : Status.ZxOk;

        // The real kernel keeps the pages it committed before a later check fails; the model keeps
        // INV-STATE-01 and leaves the state as it was (D-26).
        return status == Status.ZxOk ? pinned : Outcome.Fail(state, status);
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
        var contiguousVmo = vmo.Is(VmoTraits.Contiguous) || vmo.Is(VmoTraits.Physical);
        return (compress && contiguous) || (contiguous && !contiguousVmo) || (options & ~Known) != 0
            ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    private static (KernelState State, SyscallResult Result) Pin(KernelState state, ulong process, ulong bti, VmoState vmo, ulong first, ulong count)
    {
        var view = PageView.Of(state, vmo);
        var ownerFirst = first + view.PageShift;
        var physical = view.Owner.Is(VmoTraits.Physical);
        var committed = state;
        if (count > VmoLimits.MaxFramesPerCall)
        {
            // The PMT's address list is kernel memory too; a pin this large cannot be backed.
            return Outcome.Fail(state, Status.ZxErrNoMemory);
        }

        if (!physical && !Frames.TryCommit(state, view.Owner.Koid, ownerFirst, ownerFirst + count, out committed))
        {
            return Outcome.Fail(state, Status.ZxErrNoMemory);
        }

        var owner = committed.Vmos[view.Owner.Koid];
        var pins = owner.Pins;
        var addresses = ImmutableArray.CreateBuilder<ulong>((int)count);
        for (var page = ownerFirst; page < ownerFirst + count; page++)
        {
            pins = pins.SetItem(page, pins.GetValueOrDefault(page) + 1);
            addresses.Add(physical
                ? owner.PhysicalBase + (page * Ranges.PageSize)
                : PhysicalMemory.Address(owner.Pages[page].Frame));
        }

        var after = committed.WithVmo(owner with { Pins = pins }).TakeKoid(out var koid);
        var pmt = new PmtState(koid, bti, vmo.Koid, owner.Koid, ownerFirst, addresses.MoveToImmutable(), false);
        after = (after with { Pmts = after.Pmts.Add(koid, pmt) })
            .AddHandle(process, koid, ObjectType.Pmt, Rights.DefaultPmt, out var handle);
        var value = Value.Record(("pmt", Value.Int(handle)), ("addrs", Value.List(pmt.Addresses.Select(Value.Int))));
        return Outcome.ZxOk(after, value);
    }
}
