using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_vmo_op_range: the handle first (BAD_HANDLE, WRONG_TYPE, no right yet), then each op checks its own
/// right before anything else (zircon-semantics.md §4); LOCK / TRY_LOCK / UNLOCK after D-8, the hints
/// after D-7, unknown ops INVALID_ARGS.
/// </summary>
public static class OpRangeCalls
{
    public static SyscallResult OpRange(CallContext context, VmoOpRange call)
    {
        var status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out var handle);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        return call.Op switch
        {
            VmoOp.Commit => Commit(context, call, handle),
            VmoOp.Decommit => Decommit(context, call, handle),
            VmoOp.Lock or VmoOp.TryLock or VmoOp.Unlock => LockCalls.Lock(context, call, handle),
            VmoOp.Zero => Zero(context, call, handle),
            VmoOp.DontNeed or VmoOp.AlwaysNeed => HintCalls.Hint(context, call, handle),
            VmoOp.CacheSync or VmoOp.CacheClean or VmoOp.CacheCleanInvalidate => Cache(context, call, handle),
            VmoOp.CacheInvalidate => Syscalls.Fail(Status.ZxErrNotSupported),
            VmoOp.Prefetch => Prefetch(context, call, handle),
            _ => Syscalls.Fail(Status.ZxErrInvalidArgs),
        };
    }

    /// <summary>COMMIT, DECOMMIT and ZERO need WRITE first; a physical VMO has no pages to manage.</summary>
    private static Status Refused(CallContext context, HandleEntry handle) =>
        (handle.Rights & Rights.Write) == 0 ? Status.ZxErrAccessDenied
        : context.Vmo(handle.Object).Physical ? Status.ZxErrNotSupported
        : Status.ZxOk;

    private static SyscallResult Commit(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        var refused = Refused(context, handle);
        if (refused != Status.ZxOk)
        {
            return Syscalls.Fail(refused);
        }

        var vmo = context.Vmo(handle.Object);
        if (!PageSpan(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo), out var first, out var count))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        // The range is rounded out before the empty test (CommitRangeInternal): size 0 at an unaligned
        // offset still commits the page under it.
        if (count == 0)
        {
            return SyscallResult.ZxOk();
        }

        if (vmo.DiscardedUnlocked)
        {
            return Syscalls.Fail(Status.ZxErrNotFound);
        }

        context.Need(memory: true);
        return VmoAccess.Commit(context, vmo, first, count) ? SyscallResult.ZxOk() : Syscalls.Fail(Status.ZxErrNoMemory);
    }

    public static SyscallResult Decommit(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        var refused = Refused(context, handle);
        if (refused != Status.ZxOk)
        {
            return Syscalls.Fail(refused);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.Contiguous)
        {
            return Syscalls.Fail(Status.ZxErrNotSupported);
        }

        if (!VmoAccess.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        if (call.Size == 0)
        {
            return SyscallResult.ZxOk();
        }

        var first = call.Offset / VmoAccess.PageSize;
        if (VmoAccess.Owner(context, vmo, first).Owner.CannotDecommit)
        {
            return Syscalls.Fail(Status.ZxErrNotSupported);
        }

        if (!KernelLayout.IsPageAligned(call.Offset) || !KernelLayout.IsPageAligned(call.Size))
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        var count = call.Size / VmoAccess.PageSize;
        if (VmoAccess.AnyPinned(context, vmo, first, count))
        {
            return Syscalls.Fail(Status.ZxErrBadState);
        }

        if (vmo.DiscardedUnlocked)
        {
            return SyscallResult.ZxOk();
        }

        context.Need(memory: true);
        VmoAccess.Decommit(context, vmo, first, count, context.Bugs.Has(SeededBug.DecommitLeaksFrames));
        return SyscallResult.ZxOk();
    }

    /// <summary>
    /// Partial pages at either end get zeros written unless the page would read zero without a frame
    /// (ZeroPartialPage; all or nothing on NO_MEMORY); whole pages are freed, or zeroed in place when
    /// pinned or contiguous. A discarded VMO has no page to zero (ZX_OK, D-13).
    /// </summary>
    private static SyscallResult Zero(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        var refused = Refused(context, handle);
        if (refused != Status.ZxOk)
        {
            return Syscalls.Fail(refused);
        }

        var vmo = context.Vmo(handle.Object);
        if (!VmoAccess.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        if (call.Size == 0 || vmo.DiscardedUnlocked)
        {
            return SyscallResult.ZxOk();
        }

        context.Need(memory: true);
        var end = call.Offset + call.Size;
        var firstWhole = (call.Offset + VmoAccess.PageSize - 1) / VmoAccess.PageSize;
        var lastWhole = end / VmoAccess.PageSize;
        var checkpoint = context.Checkpoint();
        if (firstWhole >= lastWhole)
        {
            if (ZeroBytes(context, vmo, call.Offset, call.Size))
            {
                return SyscallResult.ZxOk();
            }

            context.Rollback(checkpoint);
            return Syscalls.Fail(Status.ZxErrNoMemory);
        }

        if (!ZeroBytes(context, vmo, call.Offset, (firstWhole * VmoAccess.PageSize) - call.Offset) ||
            !ZeroBytes(context, vmo, lastWhole * VmoAccess.PageSize, end - (lastWhole * VmoAccess.PageSize)))
        {
            context.Rollback(checkpoint);
            return Syscalls.Fail(Status.ZxErrNoMemory);
        }

        var (owner, start) = VmoAccess.Owner(context, context.Vmo(vmo.Koid, vmo.Actor), firstWhole);
        owner = context.Vmo(owner.Koid, owner.Actor);
        var count = lastWhole - firstWhole;
        bool InRange(ulong p) => p >= start && p - start < count;
        var pages = owner.Pages.ToBuilder();
        foreach (var page in owner.Pages.Where(p => InRange(p.Key)))
        {
            if ((owner.Pins.TryGetValue(page.Key, out var pins) && pins > 0) || owner.Contiguous)
            {
                // Frames that must stay are zeroed in place (INV-PIN-01).
                pages[page.Key] = page.Value with { Bytes = VmoAccess.ZeroPage };
            }
            else
            {
                context.Free(page.Value.Frame);
                pages.Remove(page.Key);
            }
        }

        context.Put((owner with
        {
            Pages = pages.ToImmutable(),
            Inherited = owner.Inherited.RemoveRange(owner.Inherited.Keys.Where(InRange)),
        }).Hide(start, start + count));
        return SyscallResult.ZxOk();
    }

    /// <summary>Writes zeros over [offset, offset + length), page by page, skipping each page that would read zero without a frame.</summary>
    private static bool ZeroBytes(CallContext context, VmoState vmo, ulong offset, ulong length)
    {
        var end = offset + length;
        for (var at = offset; at < end;)
        {
            var chunk = Math.Min(VmoAccess.PageSize - (at % VmoAccess.PageSize), end - at);
            vmo = context.Vmo(vmo.Koid, vmo.Actor);
            var (owner, page) = VmoAccess.Owner(context, vmo, at / VmoAccess.PageSize);
            if (!VmoAccess.WouldReadZero(context, owner, page) && !VmoAccess.Write(context, vmo, at, new byte[chunk]))
            {
                return false;
            }

            at += chunk;
        }

        return true;
    }

    private static SyscallResult Cache(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        if ((handle.Rights & Rights.Read) == 0)
        {
            return Syscalls.Fail(Status.ZxErrAccessDenied);
        }

        if (call.Size == 0)
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        return VmoAccess.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, context.Vmo(handle.Object)))
            ? SyscallResult.ZxOk()
            : Syscalls.Fail(Status.ZxErrOutOfRange);
    }

    private static SyscallResult Prefetch(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        if ((handle.Rights & Rights.Read) == 0)
        {
            return Syscalls.Fail(Status.ZxErrAccessDenied);
        }

        return PageSpan(call.Offset, call.Size, VmoAccess.SizeOf(context, context.Vmo(handle.Object)), out _, out _)
            ? SyscallResult.ZxOk()
            : Syscalls.Fail(Status.ZxErrOutOfRange);
    }

    /// <summary>The whole pages touching [offset, offset + size), when that range is inside <paramref name="vmoSize"/>.</summary>
    public static bool PageSpan(ulong offset, ulong size, ulong vmoSize, out ulong first, out ulong count)
    {
        first = count = 0;
        if (VmoAccess.Overflows(offset, size) || !VmoAccess.TryRoundUp(offset + size, out var end) || end > vmoSize)
        {
            return false;
        }

        first = offset / VmoAccess.PageSize;
        count = (end / VmoAccess.PageSize) - first;
        return true;
    }
}
