using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>The small vocabulary harness operations are written in: page sizes, fill patterns, and pin-then-unpin.</summary>
internal static class Workload
{
    public const ulong Page = KernelLayout.PageSize;

    /// <summary>A page-aligned run of one byte value; distinct values make moved and copied pages tell apart.</summary>
    public static ByteString Fill(byte value, ulong length) => ByteString.Of(Enumerable.Repeat(value, (int)length).ToArray());

    /// <summary>Creates a VMO of <paramref name="pages"/> pages and writes every page with <paramref name="fill"/>.</summary>
    public static async Task<uint> CreateWrittenAsync(KernelCaller caller, ulong pages, uint options, byte fill)
    {
        var vmo = await caller.MustAsync(new VmoCreate(pages * Page, options));
        await caller.MustAsync(new VmoWrite(vmo, 0, Fill(fill, pages * Page)));
        return vmo;
    }

    /// <summary>Pins one page and returns its PMT handle, or null when the pin fails.</summary>
    public static async Task<uint?> PinAsync(KernelCaller caller, uint vmo, ulong page)
    {
        var pin = await caller.CallAsync(new BtiPin(caller.Bti, BtiOptions.PermRead, vmo, page * Page, Page));
        return pin is { Succeeded: true, Value: RecordValue record } && record["pmt"] is IntValue pmt ? (uint)pmt.Number : null;
    }

    /// <summary>
    /// Pins one page, makes one more call while it is pinned (so other threads run inside the pin), and
    /// unpins it. A pin that fails (the page was discarded, say) is simply not unpinned.
    /// </summary>
    public static async Task PinWhileAsync(KernelCaller caller, uint vmo, ulong page, Syscall whilePinned)
    {
        var pmt = await PinAsync(caller, vmo, page);
        await caller.CallAsync(whilePinned);
        if (pmt is { } held)
        {
            await caller.CallAsync(new PmtUnpin(held));
        }
    }

    /// <summary>Every pressure level, for a reclaimer thread to choose from.</summary>
    public static readonly PressureLevel[] Levels = Enum.GetValues<PressureLevel>();
}
