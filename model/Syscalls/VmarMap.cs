using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmar_map(vmar, options, vmar_offset, vmo, vmo_offset, len) -> address, checked in the order of
/// sys_vmar_map, VmAddressRegionDispatcher::Map and VmAddressRegion::CreateVmMapping (mist-os):
/// handles (BAD_HANDLE, WRONG_TYPE); the VMO's MAP right (ACCESS_DENIED); WRITE or EXECUTE without
/// READ, MAP_RANGE with SPECIFIC_OVERWRITE, CAN_MAP_* (INVALID_ARGS); each PERM_* needs that right on
/// both handles (ACCESS_DENIED, INV-RIGHTS-01); then <see cref="MapRules"/>. Each mapping advances the
/// process's vm_seq.
/// </summary>
public static class VmarMap
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmarMap call)
    {
        if (!HandleLookup.TryGet(state, process, call.Vmar, ObjectType.Vmar, Rights.None, out var vmar, out var error)
            || !HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.None, out var vmoHandle, out var vmo, out error))
        {
            return Outcome.Fail(state, error);
        }

        var status = CheckPermissions(call.Options, vmar.Rights, vmoHandle.Rights);
        if (status != Status.ZxOk)
        {
            return Outcome.Fail(state, status);
        }

        var owner = state.Processes.Values.First(p => p.RootVmarKoid == vmar.Koid);
        if (!MapRules.TryPlace(owner, vmo, call, out var placement, out status))
        {
            return Outcome.Fail(state, status);
        }

        var mapping = new Mapping(placement.Address, placement.Length, vmo.Koid, call.VmoOffset, call.Options & MapRules.PermissionBits);
        var mappings = placement.Overwrite ? AddressSpace.Without(owner, placement.Address, placement.Length) : owner.Mappings;
        var after = state.WithProcess(owner with { Mappings = mappings.Add(mapping.Address, mapping), VmSeq = owner.VmSeq + 1 });
        return Outcome.ZxOk(Lifetime.Collect(after), Value.Int(placement.Address));
    }

    private static Status CheckPermissions(uint options, Rights vmarRights, Rights vmoRights)
    {
        if ((vmoRights & Rights.Map) == 0)
        {
            return Status.ZxErrAccessDenied;
        }

        var read = (options & VmOptions.PermRead) != 0;
        if (!read && (options & (VmOptions.PermWrite | VmOptions.PermExecute)) != 0)
        {
            return Status.ZxErrInvalidArgs;
        }

        const uint canMap = VmOptions.CanMapRead | VmOptions.CanMapWrite | VmOptions.CanMapExecute;
        if (((options & VmOptions.MapRange) != 0 && (options & VmOptions.SpecificOverwrite) != 0) || (options & canMap) != 0)
        {
            return Status.ZxErrInvalidArgs;
        }

        bool Allowed(uint perm, Rights right) =>
            (options & perm) == 0 || ((vmarRights & right) != 0 && (vmoRights & right) != 0);
        return Allowed(VmOptions.PermRead, Rights.Read) && Allowed(VmOptions.PermWrite, Rights.Write)
            && Allowed(VmOptions.PermExecute, Rights.Execute)
            ? Status.ZxOk
            : Status.ZxErrAccessDenied;
    }
}
