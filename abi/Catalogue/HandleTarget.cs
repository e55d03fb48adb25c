namespace VmoKernel.Abi;

/// <summary>
/// What a handle parameter is meant to name. The kernels still check the object's real type (a wrong
/// type is ZX_ERR_WRONG_TYPE); this is the declaration a planner, a log or a generator reads.
/// </summary>
public enum HandleTarget
{
    /// <summary>Not a handle parameter.</summary>
    None,

    /// <summary>Any object (zx_handle_close, zx_handle_duplicate, zx_object_get_info).</summary>
    Any,
    Vmo,
    Bti,
    Pmt,
    Vmar,
    Pager,
    Port,
    Resource,
}
