using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_vmar_map (INV-MAP-02): the order of sys_vmar_map, VmAddressRegionDispatcher::Map and
/// CreateVmMapping; first-fit placement in the root VMAR, below base + vmar_offset with
/// ZX_VM_OFFSET_IS_UPPER_LIMIT; a regular discardable VMO maps only with ZX_VM_ALLOW_FAULTS. Each change
/// to the address space advances the process's vm_seq.
/// </summary>
internal static class VmarMap
{
    public const uint PermissionBits = VmOptions.PermRead | VmOptions.PermWrite | VmOptions.PermExecute;
    private const int AlignBase = 24;
    private const uint Known = PermissionBits | VmOptions.Compact | VmOptions.Specific | VmOptions.SpecificOverwrite |
        VmOptions.CanMapSpecific | VmOptions.MapRange | VmOptions.RequireNonResizable | VmOptions.AllowFaults |
        VmOptions.OffsetIsUpperLimit | VmOptions.PermReadIfXomUnsupported | VmOptions.FaultBeyondStreamSize;

    public static SyscallResult Run(CallContext context, Abi.VmarMap call)
    {
        var status = context.View.Lookup(call.Vmar, ObjectKind.Vmar, Rights.None, out var vmar);
        if (status == Status.ZxOk)
        {
            status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out _);
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.View.TryHandle(call.Vmo, out var handle);
        var vmo = context.Vmo(handle.Object);

        // sys_vmar_map sets up the VMO's stream size before vmar_map_common; physical and contiguous VMOs
        // have none, so a fault-beyond-stream-size mapping of one is refused first (D-30).
        if ((call.Options & VmOptions.FaultBeyondStreamSize) != 0 && (vmo.Physical || vmo.Contiguous))
        {
            return SyscallResult.Error(Status.ZxErrNotSupported);
        }

        status = CheckPermissions(call.Options, vmar.Rights, handle.Rights, out var options);
        if (status == Status.ZxOk)
        {
            var amended = call with { Options = options };
            status = CheckPlacement(amended, vmo, out var length, out var specific, out var overwrite, out var alignment);
            if (status == Status.ZxOk)
            {
                return Place(context, amended, vmo, handle, length, specific, overwrite, alignment);
            }
        }

        return SyscallResult.Error(status);
    }

    /// <summary>
    /// sys_vmar_map's rights and option rules, first failure wins: the VMO handle's MAP right
    /// (ACCESS_DENIED); then PERM_READ_IF_XOM_UNSUPPORTED turns into PERM_READ, since x86-64 has no
    /// execute-only mappings; WRITE or EXECUTE without READ, MAP_RANGE with SPECIFIC_OVERWRITE, any
    /// CAN_MAP_* (INVALID_ARGS); each PERM_* needs its right on both the VMAR and the VMO handle
    /// (ACCESS_DENIED); FAULT_BEYOND_STREAM_SIZE without ALLOW_FAULTS (INVALID_ARGS). The options go on
    /// with PERM_READ added.
    /// </summary>
    private static Status CheckPermissions(uint requested, Rights vmarRights, Rights vmoRights, out uint options)
    {
        var readIfNoXom = (requested & VmOptions.PermReadIfXomUnsupported) != 0;
        options = readIfNoXom ? requested | VmOptions.PermRead : requested;
        var effective = options;
        bool Has(uint bits) => (effective & bits) != 0;
        var wanted = (Has(VmOptions.PermRead) ? Rights.Read : Rights.None)
            | (Has(VmOptions.PermWrite) ? Rights.Write : Rights.None)
            | (Has(VmOptions.PermExecute) ? Rights.Execute : Rights.None);
        var grantedByBoth = vmarRights & vmoRights;
        return !vmoRights.HasFlag(Rights.Map) ? Status.ZxErrAccessDenied
            : wanted != Rights.None && !wanted.HasFlag(Rights.Read) ? Status.ZxErrInvalidArgs
            : Has(VmOptions.MapRange) && Has(VmOptions.SpecificOverwrite) ? Status.ZxErrInvalidArgs
            : Has(VmOptions.CanMapRead | VmOptions.CanMapWrite | VmOptions.CanMapExecute) ? Status.ZxErrInvalidArgs
            : (grantedByBoth & wanted) != wanted ? Status.ZxErrAccessDenied
            : Has(VmOptions.FaultBeyondStreamSize) && !Has(VmOptions.AllowFaults) ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    /// <summary>
    /// The placement rules after the rights, in the order of VmAddressRegionDispatcher::Map and
    /// CreateVmMapping: option bits and alignment, then what the VMO allows, then the VMO range, then the
    /// VMAR range. The out values describe the mapping only when the answer is ZX_OK.
    /// </summary>
    private static Status CheckPlacement(Abi.VmarMap call, VmoState vmo, out ulong length, out bool specific, out bool overwrite, out ulong alignment)
    {
        var options = call.Options;
        bool Has(uint bits) => (options & bits) != 0;
        var alignLog2 = options >> AlignBase;
        overwrite = Has(VmOptions.SpecificOverwrite);
        specific = overwrite || Has(VmOptions.Specific);
        alignment = alignLog2 == 0 ? VmoAccess.PageSize : Math.Max(VmoAccess.PageSize, 1UL << (int)alignLog2);
        length = 0;

        var unknownFlags = (options & ((1u << AlignBase) - 1) & ~Known) != 0;
        if (unknownFlags || alignLog2 is > 0 and (< 10 or > 32))
        {
            return Status.ZxErrInvalidArgs;
        }

        // INV-MAP-02: a regular discardable VMO may vanish under the mapping, so it needs ALLOW_FAULTS.
        if ((Has(VmOptions.RequireNonResizable) && vmo.Resizable) || (!Has(VmOptions.AllowFaults) && vmo.Discardable && !vmo.Lockless))
        {
            return Status.ZxErrNotSupported;
        }

        if (Has(VmOptions.Compact | VmOptions.CanMapSpecific) || !Ranges.IsAligned(call.VmoOffset))
        {
            return Status.ZxErrInvalidArgs;
        }

        if (!Ranges.TryRoundUp(call.Length, out length) || !Ranges.TryEnd(call.VmoOffset, length, out _))
        {
            return Status.ZxErrOutOfRange;
        }

        // CreateSubVmarInner: an upper limit excludes SPECIFIC, allows an offset without it, and bounds
        // the mapping's end, so it may be the VMAR's size itself but not less than the length.
        var offset = call.VmarOffset;
        var upperLimit = Has(VmOptions.OffsetIsUpperLimit);
        var insideVmar = upperLimit
            ? offset <= KernelLayout.RootVmarSize && length <= offset
            : offset < KernelLayout.RootVmarSize && length <= KernelLayout.RootVmarSize - offset;
        var offsetAllowed = upperLimit ? !specific : specific || offset == 0;
        var placeable = length != 0 && insideVmar && Ranges.IsAligned(offset) && offsetAllowed;
        return placeable ? Status.ZxOk : Status.ZxErrInvalidArgs;
    }

    private static SyscallResult Place(
        CallContext context, Abi.VmarMap call, VmoState vmo, HandleEntry handle, ulong length, bool specific, bool overwrite, ulong alignment)
    {
        ulong address;
        var upperLimit = (call.Options & VmOptions.OffsetIsUpperLimit) != 0;
        if (specific)
        {
            address = KernelLayout.RootVmarBase + call.VmarOffset;
            if ((address & (alignment - 1)) != 0)
            {
                return SyscallResult.Error(Status.ZxErrInvalidArgs);
            }

            var overlapping = context.View.Mappings.Where(m => m.Address < address + length && address < m.End).ToList();
            if (overlapping.Count > 0 && !overwrite)
            {
                return SyscallResult.Error(Status.ZxErrAlreadyExists);
            }

            if (overlapping.Count > 0)
            {
                context.Require(overlapping.Select(m => (m.Vmo.Koid, m.Vmo.Actor!)));
                AddressSpace.CutOut(context, address, length, overlapping);
            }
        }
        else if (FirstFit(context, length, alignment) is { } found
            && (!upperLimit || found - KernelLayout.RootVmarBase <= call.VmarOffset - length))
        {
            address = found;
        }
        else
        {
            return SyscallResult.Error(Status.ZxErrNoResources);
        }

        // CreateSubVmarInner gives an upper-limit mapping VMO offset 0, whatever vmo_offset was (D-30).
        var vmoOffset = upperLimit ? 0 : call.VmoOffset;
        context.View.AddMapping(address, length, handle.Object, vmoOffset, call.Options & PermissionBits);
        context.Put(context.Vmo(vmo.Koid, vmo.Actor).WithMapping(context.ProcessKoid, 1));
        return SyscallResult.ZxOk(Value.Int(address));
    }

    private static ulong? FirstFit(CallContext context, ulong length, ulong alignment)
    {
        var candidate = KernelLayout.RootVmarBase;
        foreach (var mapping in context.View.Mappings.OrderBy(m => m.Address))
        {
            if (mapping.Address >= candidate && mapping.Address - candidate >= length)
            {
                break;
            }

            candidate = Math.Max(candidate, (mapping.End + alignment - 1) & ~(alignment - 1));
        }

        var used = candidate - KernelLayout.RootVmarBase;
        return used <= KernelLayout.RootVmarSize && length <= KernelLayout.RootVmarSize - used ? candidate : null;
    }
}
