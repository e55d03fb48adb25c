using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Byte-level reads and writes of a VMO's contents, for zx_vmo_read/write and loads and stores
/// through mappings. Callers have already checked rights, range and discard state.
/// </summary>
public static class VmoBytes
{
    /// <summary>The bytes [offset, offset + length); uncommitted pages read as zeros and stay uncommitted.</summary>
    public static ByteString Read(KernelState state, VmoState vmo, ulong offset, ulong length)
    {
        var view = PageView.Of(state, vmo);
        var result = new byte[length];
        var done = 0UL;
        while (done < length)
        {
            var at = offset + done;
            var inPage = at % Ranges.PageSize;
            var chunk = Math.Min(Ranges.PageSize - inPage, length - done);
            var page = PageView.Content(state, view.Owner, (at / Ranges.PageSize) + view.PageShift);
            page.Bytes.AsSpan((int)inPage, (int)chunk).CopyTo(result.AsSpan((int)done));
            done += chunk;
        }

        return ByteString.Of(result);
    }

    /// <summary>
    /// Stores <paramref name="data"/> at <paramref name="offset"/>, committing the pages it touches.
    /// All or nothing: if the frames cannot all be allocated, ZX_ERR_NO_MEMORY and no change.
    /// </summary>
    public static bool TryWrite(KernelState state, VmoState vmo, ulong offset, ByteString data, out KernelState after)
    {
        after = state;
        if (data.Length == 0)
        {
            return true;
        }

        var view = PageView.Of(state, vmo);
        var (first, last) = Ranges.Pages(offset, (ulong)data.Length);
        if (!Frames.TryCommit(state, view.Owner.Koid, first + view.PageShift, last + view.PageShift, out var committed))
        {
            return false;
        }

        var owner = committed.Vmos[view.Owner.Koid];
        var pages = owner.Pages;
        var bytes = data.Bytes.AsSpan();
        var done = 0;
        while (done < bytes.Length)
        {
            var at = offset + (ulong)done;
            var inPage = (int)(at % Ranges.PageSize);
            var chunk = Math.Min((int)Ranges.PageSize - inPage, bytes.Length - done);
            var index = (at / Ranges.PageSize) + view.PageShift;
            var slot = pages[index];
            pages = pages.SetItem(index, slot with { Data = slot.Data.With(inPage, bytes.Slice(done, chunk)) });
            done += chunk;
        }

        after = committed.WithVmo(owner with { Pages = pages });
        return true;
    }
}
