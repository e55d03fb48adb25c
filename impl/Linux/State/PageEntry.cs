namespace VmoKernel.Kernel.Linux.State;

/// <summary>What a private page entry maps.</summary>
internal enum EntryKind
{
    /// <summary>An anonymous page: <see cref="PageEntry.Frame"/> names it in <see cref="LinuxWorldState.Pages"/>.</summary>
    Frame,

    /// <summary>The shared zero page (UFFDIO_ZEROPAGE): present, reads zero, owns no frame.</summary>
    ZeroPage,

    /// <summary>No page: the marker reclaim leaves where it purged a volatile page (L-7).</summary>
    PurgeMarker,
}

/// <summary>A private page entry: what it maps, and MADV_FREE's lazy-free mark (a store clears it).</summary>
internal sealed record PageEntry(EntryKind Kind, ulong Frame, bool LazyFree = false)
{
    public static readonly PageEntry Zero = new(EntryKind.ZeroPage, 0);

    public static readonly PageEntry Purged = new(EntryKind.PurgeMarker, 0);

    public static PageEntry Of(ulong frame) => new(EntryKind.Frame, frame);

    public bool Present => Kind != EntryKind.PurgeMarker;
}
