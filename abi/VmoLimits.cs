namespace VmoKernel.Abi;

/// <summary>Size limits of VMOs, shared by the model and the actor kernel.</summary>
public static class VmoLimits
{
    /// <summary>
    /// The largest VMO size (VmPageList::MAX_SIZE: 2^64 - 1 rounded down to 2 * 16 pages); a larger
    /// page-rounded size is ZX_ERR_OUT_OF_RANGE.
    /// </summary>
    public const ulong MaxSize = 0xFFFF_FFFF_FFFE_0000;

    /// <summary>
    /// The most bytes one read (zx_vmo_read, mem_read) may return in this project: a larger caller buffer
    /// cannot exist, so the copy-out fails with ZX_ERR_INVALID_ARGS after the range checks (spec/decisions.md).
    /// </summary>
    public const ulong MaxReadLength = 1UL << 24;

    /// <summary>
    /// The most frames one call may allocate; a larger request fails with ZX_ERR_NO_MEMORY before
    /// allocating anything (spec/decisions.md), so a commit of a range near 2^64 stays finite.
    /// </summary>
    public const ulong MaxFramesPerCall = 1UL << 16;
}
