using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_create_physical(resource, paddr, size) -> handle (a project extension: the root resource
/// handle stands for any MMIO range). Order: resource handle (BAD_HANDLE, WRONG_TYPE); paddr not
/// page-aligned, size 0, size rounding wraps, or paddr + size - 1 wraps (INVALID_ARGS). The VMO holds no
/// RAM frames; read, write, commit and mapped access of device memory are not modelled (spec/decisions.md).
/// </summary>
public static class VmoCreatePhysical
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoCreatePhysical call)
    {
        if (!HandleLookup.TryGet(state, process, call.Resource, ObjectType.Resource, Rights.None, out _, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (!Ranges.IsAligned(call.Paddr) || call.Size == 0 || !Ranges.TryRoundUp(call.Size, out var size)
            || !Ranges.TryEnd(call.Paddr, size - 1, out _))
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        var created = state.NewVmo(
            koid => VmoState.Create(koid, size, VmoTraits.Physical, state.Clock) with { PhysicalBase = call.Paddr },
            out var vmo);
        var after = created.AddHandle(process, vmo, ObjectType.Vmo, Rights.DefaultVmo, out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
