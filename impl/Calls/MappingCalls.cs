using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_vmar_map / zx_vmar_unmap (INV-MAP-02): the order of sys_vmar_map, VmAddressRegionDispatcher::Map
/// and CreateVmMapping; first-fit placement in the root VMAR; a regular discardable VMO maps only with
/// ZX_VM_ALLOW_FAULTS. Each change to the address space advances the process's vm_seq.
/// </summary>
public static class MappingCalls
{
    public const uint PermissionBits = VmOptions.PermRead | VmOptions.PermWrite | VmOptions.PermExecute;
    private const int AlignBase = 24;
    private const uint Known = PermissionBits | VmOptions.Compact | VmOptions.Specific | VmOptions.SpecificOverwrite |
        VmOptions.CanMapSpecific | VmOptions.MapRange | VmOptions.RequireNonResizable | VmOptions.AllowFaults;

    public static SyscallResult Map(CallContext context, VmarMap call)
    {
        var status = context.Lookup(call.Vmar, ObjectKind.Vmar, Rights.None, out var vmar);
        if (status == Status.ZxOk)
        {
            status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out _);
        }

        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        context.TryHandle(call.Vmo, out var handle);
        status = CheckPermissions(call.Options, vmar.Rights, handle.Rights);
        var vmo = context.Vmo(handle.Object);
        if (status == Status.ZxOk)
        {
            status = CheckPlacement(call, vmo, out var length, out var specific, out var overwrite, out var alignment);
            if (status == Status.ZxOk)
            {
                return Place(context, call, vmo, handle, length, specific, overwrite, alignment);
            }
        }

        return Syscalls.Fail(status);
    }

    private static Status CheckPermissions(uint options, Rights vmarRights, Rights vmoRights)
    {
        if ((vmoRights & Rights.Map) == 0)
        {
            return Status.ZxErrAccessDenied;
        }

        if ((options & VmOptions.PermRead) == 0 && (options & (VmOptions.PermWrite | VmOptions.PermExecute)) != 0)
        {
            return Status.ZxErrInvalidArgs;
        }

        const uint canMap = VmOptions.CanMapRead | VmOptions.CanMapWrite | VmOptions.CanMapExecute;
        if (((options & VmOptions.MapRange) != 0 && (options & VmOptions.SpecificOverwrite) != 0) || (options & canMap) != 0)
        {
            return Status.ZxErrInvalidArgs;
        }

        bool Allowed(uint perm, Rights right) => (options & perm) == 0 || ((vmarRights & right) != 0 && (vmoRights & right) != 0);
        return Allowed(VmOptions.PermRead, Rights.Read) && Allowed(VmOptions.PermWrite, Rights.Write) && Allowed(VmOptions.PermExecute, Rights.Execute)
            ? Status.ZxOk
            : Status.ZxErrAccessDenied;
    }

    private static Status CheckPlacement(VmarMap call, VmoState vmo, out ulong length, out bool specific, out bool overwrite, out ulong alignment)
    {
        var options = call.Options;
        var alignLog2 = options >> AlignBase;
        var rounds = VmoAccess.TryRoundUp(call.Length, out length);
        overwrite = (options & VmOptions.SpecificOverwrite) != 0;
        specific = overwrite || (options & VmOptions.Specific) != 0;
        alignment = Math.Max(VmoAccess.PageSize, alignLog2 == 0 ? 0 : 1UL << (int)alignLog2);
        var status = (options & ((1u << AlignBase) - 1) & ~Known) != 0 || (alignLog2 != 0 && (alignLog2 < 10 || alignLog2 > 32))
                ? Status.ZxErrInvalidArgs
            : (options & VmOptions.RequireNonResizable) != 0 && vmo.Resizable ? Status.ZxErrNotSupported
            : (options & VmOptions.AllowFaults) == 0 && vmo.Discardable && !vmo.Lockless ? Status.ZxErrNotSupported
            : (options & (VmOptions.Compact | VmOptions.CanMapSpecific)) != 0 || !KernelLayout.IsPageAligned(call.VmoOffset)
                ? Status.ZxErrInvalidArgs
            : !rounds || VmoAccess.Overflows(call.VmoOffset, length) ? Status.ZxErrOutOfRange
            : Status.ZxOk;
        if (status != Status.ZxOk)
        {
            return status;
        }

        var offset = call.VmarOffset;
        return length == 0 || (!specific && offset != 0) || !KernelLayout.IsPageAligned(offset) ||
            offset >= KernelLayout.RootVmarSize || length > KernelLayout.RootVmarSize - offset
            ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    private static SyscallResult Place(
        CallContext context, VmarMap call, VmoState vmo, HandleEntry handle, ulong length, bool specific, bool overwrite, ulong alignment)
    {
        ulong address;
        if (specific)
        {
            address = KernelLayout.RootVmarBase + call.VmarOffset;
            if ((address & (alignment - 1)) != 0)
            {
                return Syscalls.Fail(Status.ZxErrInvalidArgs);
            }

            var overlapping = context.Mappings.Where(m => m.Address < address + length && address < m.End).ToList();
            if (overlapping.Count > 0 && !overwrite)
            {
                return Syscalls.Fail(Status.ZxErrAlreadyExists);
            }

            if (overlapping.Count > 0)
            {
                context.Require(overlapping.Select(m => (m.Vmo.Koid, m.Vmo.Actor!)));
                CutOut(context, address, length, overlapping);
            }
        }
        else if (FirstFit(context, length, alignment) is { } found)
        {
            address = found;
        }
        else
        {
            return Syscalls.Fail(Status.ZxErrNoResources);
        }

        context.AddMapping(address, length, handle.Object, call.VmoOffset, call.Options & PermissionBits);
        context.Put(context.Vmo(vmo.Koid, vmo.Actor).WithMapping(context.ProcessKoid, 1));
        return SyscallResult.ZxOk(Value.Int(address));
    }

    private static ulong? FirstFit(CallContext context, ulong length, ulong alignment)
    {
        var candidate = KernelLayout.RootVmarBase;
        foreach (var mapping in context.Mappings.OrderBy(m => m.Address))
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

    public static SyscallResult Unmap(CallContext context, VmarUnmap call)
    {
        var status = context.Lookup(call.Vmar, ObjectKind.Vmar, Rights.None, out _);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        if (!KernelLayout.IsPageAligned(call.Address) || !VmoAccess.TryRoundUp(call.Length, out var length) || length == 0 ||
            call.Address < KernelLayout.RootVmarBase || call.Address - KernelLayout.RootVmarBase >= KernelLayout.RootVmarSize ||
            length > KernelLayout.RootVmarSize - (call.Address - KernelLayout.RootVmarBase))
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        var hit = context.Mappings.Where(m => m.Address < call.Address + length && call.Address < m.End).ToList();
        if (hit.Count > 0)
        {
            context.Require(hit.Select(m => (m.Vmo.Koid, m.Vmo.Actor!)));
            CutOut(context, call.Address, length, hit);
        }

        return SyscallResult.ZxOk();
    }

    /// <summary>Removes [address, address + length) from the given mappings, keeping their outer parts; may end VMOs' lives.</summary>
    private static void CutOut(CallContext context, ulong address, ulong length, IReadOnlyList<Mapping> hit)
    {
        var end = address + length;
        foreach (var mapping in hit)
        {
            context.RemoveMapping(mapping.Id);
            var pieces = 0;
            if (mapping.Address < address)
            {
                context.AddMapping(mapping.Address, address - mapping.Address, mapping.Vmo, mapping.VmoOffset, mapping.Permissions);
                pieces++;
            }

            if (end < mapping.End)
            {
                context.AddMapping(end, mapping.End - end, mapping.Vmo, mapping.VmoOffset + (end - mapping.Address), mapping.Permissions);
                pieces++;
            }

            context.Put(context.Vmo(mapping.Vmo).WithMapping(context.ProcessKoid, pieces - 1));
        }

        // The dead are freed in koid order (D-27).
        foreach (var vmo in hit.Select(m => m.Vmo).DistinctBy(v => v.Koid).OrderBy(v => v.Koid))
        {
            Lifetime.DestroyIfUnreferenced(context, context.Vmo(vmo));
        }
    }
}
