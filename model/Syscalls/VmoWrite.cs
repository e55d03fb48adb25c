using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_write(vmo, offset, bytes). Order (all but the last are <see cref="ByteAccess"/>): handle with WRITE; physical VMO (NOT_SUPPORTED);
/// offset + len wrapping or past the size (OUT_OF_RANGE); len 0 is ZX_OK; a discarded, unlocked
/// regular discardable VMO (NOT_FOUND, D-5); not enough frames for the pages it must commit
/// (NO_MEMORY, nothing written). Writes commit the pages they touch.
/// </summary>
public static class VmoWrite
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoWrite call)
    {
        if (!ByteAccess.TryOpen(state, process, call.Vmo, Rights.Write, call.Offset, (ulong)call.Data.Length, out var vmo, out var answer))
        {
            return answer == Status.ZxOk ? Outcome.ZxOk(state) : Outcome.Fail(state, answer);
        }

        return VmoBytes.TryWrite(state, vmo, call.Offset, call.Data, out var after)
            ? Outcome.ZxOk(after)
            : Outcome.Fail(state, Status.ZxErrNoMemory);
    }
}
