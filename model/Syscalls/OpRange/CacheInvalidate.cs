using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_CACHE_INVALIDATE needs the debugging syscalls, which are off, so it is NOT_SUPPORTED
/// before any right check.
/// </summary>
public static class CacheInvalidate
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op) =>
        Outcome.Fail(op.State, Status.ZxErrNotSupported);
}
