using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The checks zx_vmo_read and zx_vmo_write share, in their order: the handle with the call's right;
/// a physical VMO (NOT_SUPPORTED); offset + length wrapping or past the size (OUT_OF_RANGE, INV-RW-02);
/// a length of 0 answers ZX_OK at once; a discarded, unlocked regular discardable VMO (NOT_FOUND, D-5).
/// </summary>
public static class ByteAccess
{
    /// <summary>
    /// True when the call goes on to touch bytes of <paramref name="vmo"/>; otherwise <paramref name="answer"/>
    /// is what it returns (ZX_OK for an empty range).
    /// </summary>
    public static bool TryOpen(KernelState state, ulong process, uint handle, Rights right, ulong offset, ulong length, out VmoState vmo, out Status answer)
    {
        if (!HandleLookup.TryGetVmo(state, process, handle, right, out _, out vmo, out answer))
        {
            return false;
        }

        answer = vmo.Is(VmoTraits.Physical) ? Status.ZxErrNotSupported
            : !Ranges.TryEnd(offset, length, out var end) || end > vmo.Size ? Status.ZxErrOutOfRange
            : length == 0 ? Status.ZxOk
            : vmo.RefusesAccess ? Status.ZxErrNotFound
            : Status.ZxOk;
        return answer == Status.ZxOk && length != 0;
    }
}
