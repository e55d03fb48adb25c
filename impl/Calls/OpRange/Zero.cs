using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>ZX_VMO_OP_ZERO: WRITE and the range, then zeros partial pages and frees (or zeroes in place) whole ones.</summary>
internal static class Zero
{
    /// <summary>
    /// Partial pages at either end get zeros written unless the page would read zero without a frame
    /// (ZeroPartialPage; all or nothing on NO_MEMORY); whole pages are freed, or zeroed in place when
    /// pinned or contiguous. A discarded VMO has no page to zero (ZX_OK, D-13).
    /// </summary>
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        var refused = OpRangeRules.Refused(context, handle);
        if (refused != Status.ZxOk)
        {
            return SyscallResult.Error(refused);
        }

        var vmo = context.Vmo(handle.Object);
        if (!Ranges.InRange(call.Offset, call.Size, VmoAccess.SizeOf(context, vmo)))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
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
            return SyscallResult.Error(Status.ZxErrNoMemory);
        }

        if (!ZeroBytes(context, vmo, call.Offset, (firstWhole * VmoAccess.PageSize) - call.Offset) ||
            !ZeroBytes(context, vmo, lastWhole * VmoAccess.PageSize, end - (lastWhole * VmoAccess.PageSize)))
        {
            context.Rollback(checkpoint);
            return SyscallResult.Error(Status.ZxErrNoMemory);
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
}
