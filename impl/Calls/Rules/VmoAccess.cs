using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Page-level access to VMO contents within a transaction: views (slice, reference) resolve to the slots
/// of the VMO that owns the pages; an owner's page reads from its own frame, else from the content it
/// captured as a snapshot, else zeros. Writes commit frames all-or-nothing (NO_MEMORY changes nothing).
/// </summary>
internal static class VmoAccess
{
    public const ulong PageSize = KernelLayout.PageSize;

    public static readonly ImmutableArray<byte> ZeroPage = ImmutableArray.Create(new byte[PageSize]);

    /// <summary>The size a VMO shows: a reference child shows its parent's.</summary>
    public static ulong SizeOf(CallContext context, VmoState vmo) =>
        vmo.ChildKind == ChildKind.Reference ? SizeOf(context, context.Vmo(vmo.ParentKoid, vmo.ParentActor!)) : vmo.Size;

    /// <summary>The VMO that owns page <paramref name="page"/> of <paramref name="vmo"/>, and its page number there.</summary>
    public static (VmoState Owner, ulong Page) Owner(CallContext context, VmoState vmo, ulong page)
    {
        while (vmo.IsView)
        {
            var parent = context.Vmo(vmo.ParentKoid, vmo.ParentActor!);
            page += vmo.ParentOffset / PageSize;
            vmo = parent;
        }

        return (vmo, page);
    }

    public static ImmutableArray<byte> ReadPage(CallContext context, VmoState vmo, ulong page)
    {
        var (owner, index) = Owner(context, vmo, page);
        return Content(context, owner, index);
    }

    /// <summary>
    /// The bytes of an owner's page: its own frame, else its snapshot capture, else for an at-least-on-write
    /// child the parent's current page (unless hidden or past the parent limit), else zeros; past the
    /// owner's size, zeros (D-10).
    /// </summary>
    public static ImmutableArray<byte> Content(CallContext context, VmoState owner, ulong page)
    {
        while (page < owner.PageCount)
        {
            if (owner.Pages.TryGetValue(page, out var committed))
            {
                return committed.Bytes;
            }

            if (owner.Inherited.TryGetValue(page, out var captured))
            {
                return captured;
            }

            if (owner.ChildKind != ChildKind.AtLeastOnWrite || page >= owner.ParentLimit || owner.IsHidden(page) || !owner.ParentAlive)
            {
                break;
            }

            (owner, page) = Owner(context, context.Vmo(owner.ParentKoid, owner.ParentActor!), page + (owner.ParentOffset / PageSize));
        }

        return ZeroPage;
    }

    /// <summary>
    /// ZeroPartialPage's early return (VmCowPages::PageWouldReadZeroLocked): the owner's page holds no
    /// frame and no captured content, and no copy-on-write parent shows it a page.
    /// </summary>
    public static bool WouldReadZero(CallContext context, VmoState owner, ulong page) =>
        !owner.Pages.ContainsKey(page) && !owner.Inherited.ContainsKey(page)
        && (owner.IsHidden(page) || Candidates(context, owner, page, page + 1).Count == 0);

    /// <summary>The owner's pages in [first, last) that may read non-zero (held, captured, or shown from an at-least-on-write parent).</summary>
    public static SortedSet<ulong> Candidates(CallContext context, VmoState owner, ulong first, ulong last)
    {
        var found = new SortedSet<ulong>(owner.Pages.Keys.Concat(owner.Inherited.Keys).Where(p => p >= first && p < last));
        if (owner.ChildKind == ChildKind.AtLeastOnWrite && owner.ParentAlive)
        {
            var shift = owner.ParentOffset / PageSize;
            var limit = Math.Min(last, owner.ParentLimit);
            if (first < limit)
            {
                var (parent, start) = Owner(context, context.Vmo(owner.ParentKoid, owner.ParentActor!), first + shift);
                var parentShift = start - first;
                found.UnionWith(Candidates(context, parent, start, limit + parentShift).Select(p => p - parentShift));
            }
        }

        return found;
    }

    public static byte[] Read(CallContext context, VmoState vmo, ulong offset, ulong length)
    {
        var result = new byte[length];
        ulong done = 0;
        while (done < length)
        {
            var at = offset + done;
            var inPage = at % PageSize;
            var chunk = Math.Min(PageSize - inPage, length - done);
            var bytes = ReadPage(context, vmo, at / PageSize);
            bytes.AsSpan((int)inPage, (int)chunk).CopyTo(result.AsSpan((int)done, (int)chunk));
            done += chunk;
        }

        return result;
    }

    /// <summary>Commits every page of [first, first + count); false (nothing changed) when frames run out.</summary>
    public static bool Commit(CallContext context, VmoState vmo, ulong first, ulong count)
    {
        var (owner, start) = Owner(context, vmo, first);
        if (owner.Physical || count == 0)
        {
            return true;
        }

        var present = (ulong)owner.Pages.Keys.Count(p => p >= start && p - start < count);
        var missing = count - present;
        if (missing == 0)
        {
            return true;
        }

        if (!context.TryAllocate(missing, out var frames))
        {
            return false;
        }

        var pages = owner.Pages.ToBuilder();
        var inherited = owner.Inherited.ToBuilder();
        var next = 0;
        for (var index = start; index - start < count; index++)
        {
            if (pages.ContainsKey(index))
            {
                continue;
            }

            var content = Content(context, owner, index);
            context.Effects.RecordFrame(frames[next], owner.Koid, index);
            pages[index] = new Page(frames[next++], content);
            inherited.Remove(index);
        }

        context.Put(owner with { Pages = pages.ToImmutable(), Inherited = inherited.ToImmutable() });
        return true;
    }

    /// <summary>
    /// Writes bytes at <paramref name="offset"/>; false (nothing changed) when frames run out. Never of a physical VMO:
    /// zx_vmo_write and ZERO refuse one and stores through its mappings fault (spec/decisions.md, device memory is not
    /// modelled), so every page written is a frame the commit just made sure of.
    /// </summary>
    public static bool Write(CallContext context, VmoState vmo, ulong offset, ReadOnlySpan<byte> data)
    {
        var length = (ulong)data.Length;
        if (length == 0)
        {
            return true;
        }

        var first = offset / PageSize;
        var last = (offset + length - 1) / PageSize;
        if (!Commit(context, vmo, first, last - first + 1))
        {
            return false;
        }

        ulong done = 0;
        while (done < length)
        {
            var at = offset + done;
            var inPage = at % PageSize;
            var chunk = Math.Min(PageSize - inPage, length - done);
            var (owner, index) = Owner(context, context.Vmo(vmo.Koid, vmo.Actor), at / PageSize);
            owner = context.Vmo(owner.Koid, owner.Actor);
            var bytes = owner.Pages[index].Bytes.ToBuilder();
            for (ulong i = 0; i < chunk; i++)
            {
                bytes[(int)(inPage + i)] = data[(int)(done + i)];
            }

            context.Put(owner with { Pages = owner.Pages.SetItem(index, owner.Pages[index] with { Bytes = bytes.MoveToImmutable() }) });
            done += chunk;
        }

        return true;
    }

    /// <summary>Frees the frames of whole pages [first, first + count), forgets captured content there and hides an at-least-on-write parent.</summary>
    public static void Decommit(CallContext context, VmoState vmo, ulong first, ulong count, bool leakFrames = false)
    {
        var (owner, start) = Owner(context, vmo, first);
        bool InRange(ulong p) => p >= start && p - start < count;
        foreach (var page in owner.Pages.Where(p => InRange(p.Key)))
        {
            if (!leakFrames)
            {
                context.Free(page.Value.Frame);
            }
        }

        var end = ulong.MaxValue - start < count ? ulong.MaxValue : start + count;
        context.Put((owner with
        {
            Pages = owner.Pages.RemoveRange(owner.Pages.Keys.Where(InRange)),
            Inherited = owner.Inherited.RemoveRange(owner.Inherited.Keys.Where(InRange)),
        }).Hide(start, end));
    }

    /// <summary>Whether any owner page of [first, first + count) is pinned.</summary>
    public static bool AnyPinned(CallContext context, VmoState vmo, ulong first, ulong count)
    {
        var (owner, index) = Owner(context, vmo, first);
        return owner.HasPinsIn(index, count);
    }
}
