using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmar_unmap(vmar, addr, len). Order: handle (BAD_HANDLE, WRONG_TYPE); addr not page-aligned, len
/// rounding up to 0 or wrapping, or a range outside the VMAR (INVALID_ARGS). Mappings straddling the
/// range are split; a range with nothing mapped is ZX_OK. Unmapping may end a VMO's life (INV-HANDLE-02).
/// </summary>
public static class VmarUnmap
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmarUnmap call)
    {
        if (!HandleLookup.TryGet(state, process, call.Vmar, ObjectType.Vmar, Rights.None, out var vmar, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (!Ranges.IsAligned(call.Address) || !Ranges.TryRoundUp(call.Length, out var length) || length == 0
            || call.Address < AddressSpace.Base || call.Address - AddressSpace.Base >= AddressSpace.Size
            || length > AddressSpace.Size - (call.Address - AddressSpace.Base))
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        var owner = state.Processes.Values.First(p => p.RootVmarKoid == vmar.Koid);
        if (!AddressSpace.Overlaps(owner, call.Address, length))
        {
            return Outcome.ZxOk(state);
        }

        var mappings = AddressSpace.Without(owner, call.Address, length);
        return Outcome.ZxOk(Lifetime.Collect(state.WithProcess(owner with { Mappings = mappings, VmSeq = owner.VmSeq + 1 })));
    }
}
