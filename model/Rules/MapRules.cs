using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The placement rules of zx_vmar_map after the rights checks, in the kernel's order: unknown option
/// bits or a bad ZX_VM_ALIGN_* value (INVALID_ARGS); REQUIRE_NON_RESIZABLE with a resizable VMO
/// (NOT_SUPPORTED); a regular discardable VMO without ALLOW_FAULTS (NOT_SUPPORTED, INV-MAP-02; a lockless
/// one needs none); COMPACT or CAN_MAP_SPECIFIC (INVALID_ARGS); vmo_offset not page-aligned
/// (INVALID_ARGS); page-rounding len or vmo_offset + rounded len wraps (OUT_OF_RANGE); len 0,
/// OFFSET_IS_UPPER_LIMIT with SPECIFIC or SPECIFIC_OVERWRITE, an offset without SPECIFIC or
/// OFFSET_IS_UPPER_LIMIT, an unaligned offset, or a range outside the VMAR (for an upper limit: a limit
/// past the VMAR's end or below len) (INVALID_ARGS); a SPECIFIC range that is misaligned (INVALID_ARGS)
/// or overlaps a mapping without SPECIFIC_OVERWRITE (ALREADY_EXISTS); no room for a first-fit mapping,
/// or none that ends at or below base + the upper limit (NO_RESOURCES). An upper-limit mapping maps the
/// VMO from offset 0, as CreateSubVmarInner builds it (D-30).
/// </summary>
public static class MapRules
{
    public const uint PermissionBits = VmOptions.PermRead | VmOptions.PermWrite | VmOptions.PermExecute;

    private const int AlignBase = 24;
    private const uint Known = PermissionBits | VmOptions.Compact | VmOptions.Specific | VmOptions.SpecificOverwrite
        | VmOptions.CanMapSpecific | VmOptions.MapRange | VmOptions.RequireNonResizable | VmOptions.AllowFaults
        | VmOptions.OffsetIsUpperLimit | VmOptions.PermReadIfXomUnsupported | VmOptions.FaultBeyondStreamSize;

    public sealed record Placement(ulong Address, ulong Length, bool Overwrite, ulong VmoOffset);

    public static bool TryPlace(ProcessState process, VmoState vmo, Abi.VmarMap call, out Placement placement, out Status error)
    {
        placement = null!;
        var options = call.Options;
        var alignLog2 = options >> AlignBase;
        var rounds = Ranges.TryRoundUp(call.Length, out var length);
        error = (options & ((1u << AlignBase) - 1) & ~Known) != 0 || (alignLog2 != 0 && (alignLog2 < 10 || alignLog2 > 32))
                ? Status.ZxErrInvalidArgs
            : (options & VmOptions.RequireNonResizable) != 0 && vmo.Is(VmoTraits.Resizable) ? Status.ZxErrNotSupported
            : (options & VmOptions.AllowFaults) == 0 && vmo.IsDiscardable && !vmo.IsLockless ? Status.ZxErrNotSupported
            : (options & (VmOptions.Compact | VmOptions.CanMapSpecific)) != 0 || !Ranges.IsAligned(call.VmoOffset)
                ? Status.ZxErrInvalidArgs
            : !rounds || !Ranges.TryEnd(call.VmoOffset, length, out _)
                ? Status.ZxErrOutOfRange
            : Status.ZxOk;
        if (error != Status.ZxOk)
        {
            return false;
        }

        var overwrite = (options & VmOptions.SpecificOverwrite) != 0;
        var specific = overwrite || (options & VmOptions.Specific) != 0;
        var upperLimit = (options & VmOptions.OffsetIsUpperLimit) != 0;
        var offset = call.VmarOffset;

        // With an upper limit the offset bounds the mapping's end: it may equal the VMAR's size, and len
        // must fit below it (len > size follows from len > offset once offset <= size).
        var outside = upperLimit
            ? offset > AddressSpace.Size || length > offset
            : offset >= AddressSpace.Size || length > AddressSpace.Size - offset;
        if (length == 0 || (specific && upperLimit) || (!specific && !upperLimit && offset != 0) || !Ranges.IsAligned(offset) || outside)
        {
            error = Status.ZxErrInvalidArgs;
            return false;
        }

        var alignment = Math.Max(Ranges.PageSize, alignLog2 == 0 ? 0 : 1UL << (int)alignLog2);
        if (specific)
        {
            var address = AddressSpace.Base + offset;
            error = (address & (alignment - 1)) != 0 ? Status.ZxErrInvalidArgs
                : !overwrite && AddressSpace.Overlaps(process, address, length) ? Status.ZxErrAlreadyExists
                : Status.ZxOk;
            placement = new Placement(address, length, overwrite, call.VmoOffset);
            return error == Status.ZxOk;
        }

        // First fit is the lowest free spot, so when it ends above the limit no spot below it exists.
        if (!AddressSpace.TryFirstFit(process, length, alignment, out var found)
            || (upperLimit && found + length > AddressSpace.Base + offset))
        {
            error = Status.ZxErrNoResources;
            return false;
        }

        placement = new Placement(found, length, false, upperLimit ? 0 : call.VmoOffset);
        return true;
    }
}
