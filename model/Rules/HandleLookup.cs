using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The handle table's lookup, in the kernel's order: ZX_ERR_BAD_HANDLE (no such handle in the caller's
/// table), then ZX_ERR_WRONG_TYPE, then ZX_ERR_ACCESS_DENIED for a missing right (INV-HANDLE-01).
/// A handle is only valid in the process that holds it (INV-HANDLE-03).
/// </summary>
public static class HandleLookup
{
    public static bool TryGet(
        KernelState state, ulong process, uint handle, uint type, Rights required, out HandleEntry entry, out Status error)
    {
        entry = null!;
        if (!state.Processes.TryGetValue(process, out var p) || !p.Handles.TryGetValue(handle, out var found))
        {
            error = Status.ZxErrBadHandle;
            return false;
        }

        if (found.Type != type)
        {
            error = Status.ZxErrWrongType;
            return false;
        }

        if ((found.Rights & required) != required)
        {
            error = Status.ZxErrAccessDenied;
            return false;
        }

        entry = found;
        error = Status.ZxOk;
        return true;
    }

    /// <summary>A VMO handle with the required rights, and the VMO itself.</summary>
    public static bool TryGetVmo(
        KernelState state, ulong process, uint handle, Rights required, out HandleEntry entry, out VmoState vmo, out Status error)
    {
        vmo = null!;
        if (!TryGet(state, process, handle, ObjectType.Vmo, required, out entry, out error))
        {
            return false;
        }

        vmo = state.Vmos[entry.Koid];
        return true;
    }
}
