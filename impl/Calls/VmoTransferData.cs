using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_vmo_transfer_data (RFC-0223, D-1, D-2, D-3, D-11, D-13). Both VMOs (and the page owner behind a
/// destination slice) are held, in koid order, for the whole call, so every check and the move see one
/// state: a failure changes nothing (INV-XFER-01), pinned pages are never moved or
/// replaced (INV-PIN-01), and the destination's snapshot children keep the contents they captured
/// (INV-XFER-03). The move goes page by page in ascending offset: a committed source page's frame moves
/// to the destination slot, an uncommitted one leaves a zero marker there (no frame; TakePages and
/// SupplyPagesLocked), and the slot's old frame is freed. A destination with a live copy-on-write parent
/// must first own every slot of the range (RequireOwnedPage), one frame per slot it does not own, each
/// replaced at once; when that many are not free the call is NO_MEMORY and moves nothing.
/// </summary>
internal static class VmoTransferData
{
    public static SyscallResult Run(CallContext context, Abi.VmoTransferData call)
    {
        if (call.Options != 0 ||
            !KernelLayout.IsPageAligned(call.Offset) || !KernelLayout.IsPageAligned(call.Length) || !KernelLayout.IsPageAligned(call.SrcOffset))
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        var status = context.View.Lookup(call.Dst, ObjectKind.Vmo, Rights.Write, out var dstHandle);
        if (status == Status.ZxOk)
        {
            status = context.View.Lookup(call.Src, ObjectKind.Vmo, Rights.Read | Rights.Write, out var srcHandleCheck);
            if (status == Status.ZxOk && srcHandleCheck.Object.Koid == dstHandle.Object.Koid)
            {
                status = Status.ZxErrInvalidArgs;
            }
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.View.TryHandle(call.Src, out var srcHandle);
        var dst = context.Vmo(dstHandle.Object);
        var src = context.Vmo(srcHandle.Object);
        var (dstOwner, dstFirst) = VmoAccess.Owner(context, dst, call.Offset / VmoAccess.PageSize);
        var srcFirst = call.SrcOffset / VmoAccess.PageSize;
        var count = call.Length / VmoAccess.PageSize;

        var (failure, destinationSide) = Check(context, call, src, dst, dstOwner, srcFirst, dstFirst, count);
        if (failure != Status.ZxOk)
        {
            if (destinationSide && context.Bugs.Has(SeededBug.FailedTransferZeroesSource) && !src.HasPinsIn(srcFirst, count))
            {
                context.Need(memory: true);
                VmoAccess.Decommit(context, src, srcFirst, count);
            }

            return SyscallResult.Error(failure);
        }

        if (count == 0)
        {
            return SyscallResult.ZxOk();
        }

        context.Need(memory: true);
        if (context.Bugs.Has(SeededBug.SnapshotChildSeesTransferredPages))
        {
            context.Require(dstOwner.Children.Where(c => c.Kind == ChildKind.Snapshot).Select(c => (c.Koid, c.Actor)));
        }

        var forks = dstOwner.HasParent && dstOwner.ChildKind is ChildKind.Snapshot or ChildKind.AtLeastOnWrite
            ? count - (ulong)dstOwner.Pages.Keys.Count(p => p >= dstFirst && p - dstFirst < count)
            : 0;
        if (context.Memory.FreeFrames < forks || forks > VmoLimits.MaxFramesPerCall)
        {
            return SyscallResult.Error(Status.ZxErrNoMemory);
        }

        var moved = Move(context, src, dstOwner, srcFirst, dstFirst, count);
        if (context.Bugs.Has(SeededBug.SnapshotChildSeesTransferredPages))
        {
            LeakToSnapshotChildren(context, context.Vmo(dstOwner.Koid, dstOwner.Actor), dstFirst, moved);
        }

        return SyscallResult.ZxOk();
    }

    /// <summary>The checks after the handles, in D-3 order; the flag says whether the failing one concerns the destination.</summary>
    private static (Status Status, bool DestinationSide) Check(
        CallContext context, Abi.VmoTransferData call, VmoState src, VmoState dst, VmoState dstOwner, ulong srcFirst, ulong dstFirst, ulong count)
    {
        if (src.Physical || src.Contiguous || dst.Physical || dst.Contiguous || dstOwner.Physical || dstOwner.Contiguous)
        {
            return (Status.ZxErrNotSupported, false);
        }

        if (!Ranges.InRange(call.SrcOffset, call.Length, src.Size))
        {
            return (Status.ZxErrOutOfRange, false);
        }

        if (!Ranges.InRange(call.Offset, call.Length, VmoAccess.SizeOf(context, dst)))
        {
            return (Status.ZxErrOutOfRange, true);
        }

        if (src.HasParent || !src.Children.IsEmpty || src.PagerBacked)
        {
            return (Status.ZxErrBadState, false);
        }

        // The seeded stale-check bugs judge pins from what they saw before holding the VMO.
        var srcPins = context.Bugs.Has(SeededBug.TransferMovesPagePinnedMidOperation) && context.Peeked.TryGetValue(src.Koid, out var peekedSrc)
            ? peekedSrc
            : src;
        var dstPins = context.Bugs.Has(SeededBug.TransferChecksPinsBeforeTakingDestination) && context.Peeked.TryGetValue(dstOwner.Koid, out var peekedDst)
            ? peekedDst
            : dstOwner;
        if (srcPins.HasPinsIn(srcFirst, count))
        {
            return (Status.ZxErrBadState, false);
        }

        if (dstPins.HasPinsIn(dstFirst, count))
        {
            return (Status.ZxErrBadState, true);
        }

        if (src.DiscardedUnlocked)
        {
            return (Status.ZxErrBadState, false);
        }

        return dst.DiscardedUnlocked || dstOwner.DiscardedUnlocked ? (Status.ZxErrBadState, true) : (Status.ZxOk, false);
    }

    /// <summary>Moves pages in ascending order; returns how many moved (all of them: the frames it needs were checked first).</summary>
    private static ulong Move(CallContext context, VmoState src, VmoState dstOwner, ulong srcFirst, ulong dstFirst, ulong count)
    {
        var srcPages = src.Pages.ToBuilder();
        var dstPages = dstOwner.Pages.ToBuilder();
        var dstInherited = dstOwner.Inherited.ToBuilder();
        var hidden = dstOwner;
        ulong moved = 0;
        for (; moved < count; moved++)
        {
            var from = srcFirst + moved;
            var to = dstFirst + moved;
            if (dstPages.TryGetValue(to, out var replaced))
            {
                context.Free(replaced.Frame);
                if (context.Bugs.Has(SeededBug.FrameFreedTwice))
                {
                    context.Free(replaced.Frame);
                }
            }

            if (srcPages.TryGetValue(from, out var taken))
            {
                srcPages.Remove(from);
                dstPages[to] = taken;
                context.Effects.RecordFrame(taken.Frame, dstOwner.Koid, to);
            }
            else
            {
                dstPages.Remove(to);
                hidden = hidden.Hide(to, to + 1);
            }

            dstInherited.Remove(to);
        }

        context.Put(src with { Pages = srcPages.ToImmutable() });
        context.Put(context.Vmo(dstOwner.Koid, dstOwner.Actor) with
        {
            Pages = dstPages.ToImmutable(),
            Inherited = dstInherited.ToImmutable(),
            Hidden = hidden.Hidden,
        });
        return moved;
    }

    /// <summary>The seeded bug's wrong step: snapshot children of the destination get the new contents too.</summary>
    private static void LeakToSnapshotChildren(CallContext context, VmoState dstOwner, ulong dstFirst, ulong moved)
    {
        foreach (var link in dstOwner.Children.Where(c => c.Kind == ChildKind.Snapshot))
        {
            var child = context.Vmo(link.Koid, link.Actor);
            var firstParentPage = child.ParentOffset / VmoAccess.PageSize;
            var inherited = child.Inherited;
            for (var page = dstFirst; page < dstFirst + moved; page++)
            {
                if (page >= firstParentPage && page - firstParentPage < child.PageCount && !child.Pages.ContainsKey(page - firstParentPage))
                {
                    // A page moved in from an uncommitted source slot is a zero marker, with no frame behind it.
                    var bytes = dstOwner.Pages.TryGetValue(page, out var landed) ? landed.Bytes : VmoAccess.ZeroPage;
                    inherited = inherited.SetItem(page - firstParentPage, bytes);
                }
            }

            context.Put(child with { Inherited = inherited });
        }
    }
}
