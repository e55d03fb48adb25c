using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>zx_vmo_get_size(vmo) -> the page-rounded size. Any VMO handle will do: no right is required.</summary>
public static class VmoGetSize
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoGetSize call) =>
        HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.None, out _, out var vmo, out var error)
            ? Outcome.ZxOk(state, Value.Int(vmo.Size))
            : Outcome.Fail(state, error);
}
