using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_write(vmo, offset, bytes). Order: handle with WRITE; physical VMO (NOT_SUPPORTED);
/// offset + len wrapping or past the size (OUT_OF_RANGE); len 0 is ZX_OK; a discarded, unlocked
/// regular discardable VMO (NOT_FOUND, D-5); not enough frames for the pages it must commit
/// (NO_MEMORY, nothing written). Writes commit the pages they touch.
/// </summary>
public static class VmoWrite
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoWrite call)
    {
        if (!HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.Write, out _, out var vmo, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (vmo.Is(VmoTraits.Physical))
        {
            return Outcome.Fail(state, Status.ZxErrNotSupported);
        }

        var length = (ulong)call.Data.Length;
        if (!Ranges.TryEnd(call.Offset, length, out var end) || end > vmo.Size)
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        if (length == 0)
        {
            return Outcome.ZxOk(state);
        }

        if (vmo.RefusesAccess)
        {
            return Outcome.Fail(state, Status.ZxErrNotFound);
        }

        return VmoBytes.TryWrite(state, vmo, call.Offset, call.Data, out var after)
            ? Outcome.ZxOk(after)
            : Outcome.Fail(state, Status.ZxErrNoMemory);
    }
}
