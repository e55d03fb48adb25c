using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_read(vmo, offset, len) -> bytes. Order (the first five are <see cref="ByteAccess"/>): handle with READ; physical VMO (NOT_SUPPORTED);
/// offset + len wrapping (OUT_OF_RANGE); end past the size (OUT_OF_RANGE); len 0 is ZX_OK; a discarded,
/// unlocked regular discardable VMO (NOT_FOUND, D-5); a length no buffer can hold (INVALID_ARGS).
/// Never-written bytes read zero and reading commits nothing (INV-RW-01, INV-RW-02).
/// </summary>
public static class VmoRead
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoRead call)
    {
        if (!ByteAccess.TryOpen(state, process, call.Vmo, Rights.Read, call.Offset, call.Length, out var vmo, out var answer))
        {
            return answer == Status.ZxOk ? Outcome.ZxOk(state, Value.Of(ByteString.Empty)) : Outcome.Fail(state, answer);
        }

        if (call.Length > VmoLimits.MaxReadLength)
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        return Outcome.ZxOk(state, Value.Of(VmoBytes.Read(state, vmo, call.Offset, call.Length)));
    }
}
