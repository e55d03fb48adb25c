using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>
/// An independent reading of Fuchsia's argument-check orders, written from the kernel sources and not
/// from the model: for each call it predicts the status the newest Zircon kernel returns (handle,
/// rights, type, options, range, alignment, state, in the order the kernel functions named below check
/// them), or null for a call it does not cover. It knows the world only through
/// <see cref="OracleWorldState"/>, which <see cref="OracleEffects"/> updates from each call and the
/// status it got. Memory is never short in the sequences it judges, so it never predicts NO_MEMORY.
/// </summary>
public static class CheckOrderOracle
{
    private const ulong Page = 4096;

    public static Status? Predict(OracleWorldState world, Syscall call) => call switch
    {
        VmoCreate c => Create(c),
        VmoRead r => Access(world, r.Vmo, Rights.Read, r.Offset, r.Length),
        VmoWrite w => Access(world, w.Vmo, Rights.Write, w.Offset, (ulong)w.Data.Length),
        VmoSetSize s => SetSize(world, s),
        VmoOpRange o => OpRange(world, o),
        VmoTransferData x => Transfer(world, x),
        HandleDuplicate d => Duplicate(world, d),
        HandleClose c => world.Handles.ContainsKey(c.Handle) ? Status.ZxOk : Status.ZxErrBadHandle,
        BtiPin p => Pin(world, p),
        PmtUnpin u => !world.Handles.TryGetValue(u.Pmt, out var h) ? Status.ZxErrBadHandle : h.Pin is null ? Status.ZxErrWrongType : Status.ZxOk,
        Reclaim => Status.Ok,
        _ => null,
    };

    /// <summary>VmObjectDispatcher::parse_create_syscall_flags, then VmObjectPaged::CreateCommon's MAX_SIZE.</summary>
    private static Status Create(VmoCreate c)
    {
        const uint both = VmoOptions.Discardable | VmoOptions.DiscardableLockless;
        const uint known = VmoOptions.Resizable | both;
        return (c.Options & both) == both ? Status.ZxErrInvalidArgs
            : !RoundUp(c.Size, out var size) ? Status.ZxErrOutOfRange
            : (c.Options & ~known) != 0 ? Status.ZxErrInvalidArgs
            : size > VmoLimits.MaxSize ? Status.ZxErrOutOfRange
            : Status.ZxOk;
    }

    /// <summary>sys_vmo_read / sys_vmo_write: handle with the right, then VmObjectPaged::ReadWriteInternal.</summary>
    private static Status Access(OracleWorldState world, uint handle, Rights right, ulong offset, ulong length)
    {
        if (Vmo(world, handle, right, out var vmo) is { } refused)
        {
            return refused;
        }

        return !InRange(offset, length, vmo.Size) ? Status.ZxErrOutOfRange
            : length == 0 ? Status.ZxOk
            : vmo.Owner.Owner.RefusesAccess ? Status.ZxErrNotFound
            : Status.ZxOk;
    }

    /// <summary>sys_vmo_set_size, VmObjectDispatcher::SetSize (round: OUT_OF_RANGE), VmObjectPaged::Resize.</summary>
    private static Status SetSize(OracleWorldState world, VmoSetSize s)
    {
        if (Vmo(world, s.Vmo, Rights.Write, out var vmo) is { } refused)
        {
            return refused;
        }

        return vmo.Resizable && !world.Handles[s.Vmo].Rights.HasFlag(Rights.Resize) ? Status.ZxErrAccessDenied
            : !RoundUp(s.Size, out var size) ? Status.ZxErrOutOfRange
            : !vmo.Resizable ? Status.ZxErrUnavailable
            : size > VmoLimits.MaxSize ? Status.ZxErrOutOfRange
            : vmo.Pins.Keys.Any(p => p >= size / Page) ? Status.ZxErrBadState
            : Status.ZxOk;
    }

    /// <summary>VmObjectDispatcher::RangeOp: each op checks its own right, then the VmObjectPaged function.</summary>
    private static Status? OpRange(OracleWorldState world, VmoOpRange o)
    {
        if (Vmo(world, o.Vmo, Rights.None, out var vmo) is { } refused)
        {
            return refused;
        }

        var rights = world.Handles[o.Vmo].Rights;
        var (owner, shift) = vmo.Owner;
        switch (o.Op)
        {
            case VmoOp.Commit:
                // CommitRangeInternal: overflow, round out, InRange, then the rounded length.
                return !rights.HasFlag(Rights.Write) ? Status.ZxErrAccessDenied
                    : !InRange(o.Offset, o.Size, vmo.Size) ? Status.ZxErrOutOfRange
                    : o.Size == 0 && o.Offset % Page == 0 ? Status.ZxOk
                    : owner.RefusesAccess ? Status.ZxErrNotFound
                    : Status.ZxOk;
            case VmoOp.Decommit:
                // VmObjectPaged::DecommitRange, VmCowPages::DecommitRange, UnmapAndFreePagesLocked.
                return !rights.HasFlag(Rights.Write) ? Status.ZxErrAccessDenied
                    : !InRange(o.Offset, o.Size, vmo.Size) ? Status.ZxErrOutOfRange
                    : o.Size == 0 ? Status.ZxOk
                    : owner.HasLiveSnapshotParent || owner.Children.Any(c => c.Kind == OracleKind.Snapshot && c.Alive) ? Status.ZxErrNotSupported
                    : o.Offset % Page != 0 || o.Size % Page != 0 ? Status.ZxErrInvalidArgs
                    : owner.PinnedIn((o.Offset / Page) + shift, o.Size / Page) ? Status.ZxErrBadState
                    : Status.ZxOk;
            case VmoOp.Zero:
                return !rights.HasFlag(Rights.Write) ? Status.ZxErrAccessDenied
                    : !InRange(o.Offset, o.Size, vmo.Size) ? Status.ZxErrOutOfRange
                    : Status.ZxOk;
            case VmoOp.Lock or VmoOp.TryLock or VmoOp.Unlock:
                return Lock(vmo, rights, o);
            case VmoOp.CacheSync or VmoOp.CacheClean or VmoOp.CacheCleanInvalidate or VmoOp.CacheInvalidate or VmoOp.DontNeed or VmoOp.AlwaysNeed or VmoOp.Prefetch:
                return null;
            default:
                return Status.ZxErrInvalidArgs;
        }
    }

    /// <summary>VmObjectPaged::LockRange / TryLockRange / UnlockRange (RFC-0012).</summary>
    private static Status? Lock(OracleVmo vmo, Rights rights, VmoOpRange o)
    {
        if (o.Op == VmoOp.TryLock && vmo.Lockless)
        {
            return null;
        }

        return (rights & Rights.Io) == 0 ? Status.ZxErrAccessDenied
            : !vmo.Discardable ? Status.ZxErrNotSupported
            : o.Offset + o.Size < o.Offset || o.Offset != 0 || o.Size != vmo.Size ? Status.ZxErrOutOfRange
            : o.Op == VmoOp.TryLock && vmo.Discarded ? Status.ZxErrUnavailable
            : o.Op == VmoOp.Unlock && vmo.LockCount == 0 ? Status.ZxErrBadState
            : Status.ZxOk;
    }

    /// <summary>
    /// sys_vmo_transfer_data and VmObject::TransferData in the newest kernel: options and alignment,
    /// the destination handle (WRITE), the source handle (READ and WRITE), the same VMO (a no-op when
    /// the offsets match), then the whole source (range, pins: TakePages) before the destination
    /// (range, pins: SupplyPagesLocked); a discarded side is BAD_STATE last (D-13).
    /// </summary>
    private static Status Transfer(OracleWorldState world, VmoTransferData x)
    {
        if (x.Options != 0 || x.Offset % Page != 0 || x.Length % Page != 0 || x.SrcOffset % Page != 0)
        {
            return Status.ZxErrInvalidArgs;
        }

        if (Vmo(world, x.Dst, Rights.Write, out var dst) is { } dstRefused)
        {
            return dstRefused;
        }

        if (Vmo(world, x.Src, Rights.Io, out var src) is { } srcRefused)
        {
            return srcRefused;
        }

        if (ReferenceEquals(dst, src))
        {
            return x.Offset == x.SrcOffset ? Status.ZxOk : Status.ZxErrInvalidArgs;
        }

        var pages = x.Length / Page;
        var (srcOwner, srcShift) = src.Owner;
        var (dstOwner, dstShift) = dst.Owner;
        return !InRange(x.SrcOffset, x.Length, src.Size) ? Status.ZxErrOutOfRange
            : srcOwner.PinnedIn((x.SrcOffset / Page) + srcShift, pages) ? Status.ZxErrBadState
            : !InRange(x.Offset, x.Length, dst.Size) ? Status.ZxErrOutOfRange
            : dstOwner.PinnedIn((x.Offset / Page) + dstShift, pages) ? Status.ZxErrBadState
            : srcOwner.RefusesAccess || dstOwner.RefusesAccess ? Status.ZxErrBadState
            : Status.ZxOk;
    }

    /// <summary>sys_handle_duplicate: the handle, ZX_RIGHT_DUPLICATE, then rights that are no subset.</summary>
    private static Status Duplicate(OracleWorldState world, HandleDuplicate d) =>
        !world.Handles.TryGetValue(d.Handle, out var h) ? Status.ZxErrBadHandle
        : !h.Rights.HasFlag(Rights.Duplicate) ? Status.ZxErrAccessDenied
        : d.Rights != (uint)Rights.SameRights && (d.Rights & ~(uint)h.Rights) != 0 ? Status.ZxErrInvalidArgs
        : Status.ZxOk;

    /// <summary>
    /// sys_bti_pin (BTI, alignment, VMO handle, MAP, permission rights, option bits), then
    /// BusTransactionInitiatorDispatcher::Pin: size 0, PinnedVmObject::Create (range, discarded),
    /// the quarantine under the lock, and the IOMMU's refusal of no permission.
    /// </summary>
    private static Status Pin(OracleWorldState world, BtiPin p)
    {
        const uint perms = BtiOptions.PermRead | BtiOptions.PermWrite | BtiOptions.PermExecute;
        if (!world.Handles.TryGetValue(p.Bti, out var bti))
        {
            return Status.ZxErrBadHandle;
        }

        if (!bti.IsBti)
        {
            return Status.ZxErrWrongType;
        }

        if (!bti.Rights.HasFlag(Rights.Map))
        {
            return Status.ZxErrAccessDenied;
        }

        if (p.Offset % Page != 0 || p.Size % Page != 0)
        {
            return Status.ZxErrInvalidArgs;
        }

        if (Vmo(world, p.Vmo, Rights.Map, out var vmo) is { } refused)
        {
            return refused;
        }

        var rights = world.Handles[p.Vmo].Rights;
        var readDenied = (p.Options & (BtiOptions.PermRead | BtiOptions.PermExecute)) != 0 && !rights.HasFlag(Rights.Read);
        var writeDenied = (p.Options & BtiOptions.PermWrite) != 0 && !rights.HasFlag(Rights.Write);
        return readDenied || writeDenied ? Status.ZxErrAccessDenied
            : (p.Options & ~(perms | BtiOptions.Compress | BtiOptions.Contiguous)) != 0 || (p.Options & BtiOptions.Contiguous) != 0 ? Status.ZxErrInvalidArgs
            : p.Size == 0 ? Status.ZxErrInvalidArgs
            : !InRange(p.Offset, p.Size, vmo.Size) ? Status.ZxErrOutOfRange
            : vmo.Owner.Owner.RefusesAccess ? Status.ZxErrNotFound
            : world.Quarantined ? Status.ZxErrBadState
            : (p.Options & perms) == 0 ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    /// <summary>A VMO handle with <paramref name="right"/>: BAD_HANDLE, WRONG_TYPE, ACCESS_DENIED in that order.</summary>
    private static Status? Vmo(OracleWorldState world, uint handle, Rights right, out OracleVmo vmo)
    {
        vmo = null!;
        if (!world.Handles.TryGetValue(handle, out var h))
        {
            return Status.ZxErrBadHandle;
        }

        if (h.Vmo is null)
        {
            return Status.ZxErrWrongType;
        }

        vmo = h.Vmo;
        return (h.Rights & right) != right ? Status.ZxErrAccessDenied : null;
    }

    private static bool InRange(ulong offset, ulong length, ulong size) => offset + length >= offset && offset + length <= size;

    public static bool RoundUp(ulong value, out ulong rounded)
    {
        rounded = (value + Page - 1) & ~(Page - 1);
        return value <= ulong.MaxValue - Page + 1;
    }
}
