using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>
/// ZX_VMO_OP_CACHE_INVALIDATE: NOT_SUPPORTED for every VMO this kernel can make, once the handle has been
/// looked up; no right or range is checked first.
/// </summary>
internal static class CacheInvalidate
{
    public static SyscallResult Run() => SyscallResult.Error(Status.ZxErrNotSupported);
}
