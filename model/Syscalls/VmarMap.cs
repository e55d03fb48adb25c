using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmar_map(vmar, options, vmar_offset, vmo, vmo_offset, len) -> address, checked in the order of
/// sys_vmar_map, VmAddressRegionDispatcher::Map and VmAddressRegion::CreateVmMapping (mist-os):
/// handles (BAD_HANDLE, WRONG_TYPE); FAULT_BEYOND_STREAM_SIZE on a VMO without a stream size, physical
/// or contiguous (NOT_SUPPORTED, D-30); the VMO's MAP right (ACCESS_DENIED); PERM_READ_IF_XOM_UNSUPPORTED
/// adds PERM_READ (x86-64 cannot map execute-only); WRITE or EXECUTE without READ, MAP_RANGE with
/// SPECIFIC_OVERWRITE, CAN_MAP_* (INVALID_ARGS); each PERM_* needs that right on both handles
/// (ACCESS_DENIED, INV-RIGHTS-01); FAULT_BEYOND_STREAM_SIZE without ALLOW_FAULTS (INVALID_ARGS); then
/// <see cref="MapRules"/> with the options as amended. Each mapping advances the process's vm_seq.
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

        var noStreamSize = vmo.Is(VmoTraits.Physical) || vmo.Is(VmoTraits.Contiguous);
        if ((call.Options & VmOptions.FaultBeyondStreamSize) != 0 && noStreamSize)
        {
            return Outcome.Fail(state, Status.ZxErrNotSupported);
        }

        var status = CheckPermissions(call.Options, vmar.Rights, vmoHandle.Rights, out var options);
        if (status != Status.ZxOk)
        {
            return Outcome.Fail(state, status);
        }

        var owner = state.Processes.Values.First(p => p.RootVmarKoid == vmar.Koid);
        if (!MapRules.TryPlace(owner, vmo, call with { Options = options }, out var placement, out status))
        {
            return Outcome.Fail(state, status);
        }

        var mapping = new Mapping(placement.Address, placement.Length, vmo.Koid, placement.VmoOffset, options & MapRules.PermissionBits);
        var mappings = placement.Overwrite ? AddressSpace.Without(owner, placement.Address, placement.Length) : owner.Mappings;
        var after = state.WithProcess(owner with { Mappings = mappings.Add(mapping.Address, mapping), VmSeq = owner.VmSeq + 1 });
        return Outcome.ZxOk(Lifetime.Collect(after), Value.Int(placement.Address));
    }

    /// <summary>The rights and option rules of vmar_map_common; <paramref name="amended"/> is the options with PERM_READ_IF_XOM_UNSUPPORTED applied.</summary>
    private static Status CheckPermissions(uint requested, Rights vmarRights, Rights vmoRights, out uint amended)
    {
        amended = requested;
        if ((vmoRights & Rights.Map) == 0)
        {
            return Status.ZxErrAccessDenied;
        }

        // The model is x86-64, which has no execute-only mappings (no ZX_VM_FEATURE_CAN_MAP_XOM).
        var options = (requested & VmOptions.PermReadIfXomUnsupported) != 0 ? requested | VmOptions.PermRead : requested;
        amended = options;

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
        return !Allowed(VmOptions.PermRead, Rights.Read) || !Allowed(VmOptions.PermWrite, Rights.Write)
            || !Allowed(VmOptions.PermExecute, Rights.Execute)
                ? Status.ZxErrAccessDenied
            : (options & VmOptions.FaultBeyondStreamSize) != 0 && (options & VmOptions.AllowFaults) == 0
                ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }
}
