using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// parse_create_syscall_flags, shared by zx_vmo_create and zx_pager_create_vmo. Order: both
/// discardable flags (INVALID_ARGS); page rounding of the size wraps (OUT_OF_RANGE); unknown option
/// bits (INVALID_ARGS). The maximum size is checked by the caller afterwards, as the kernel does.
/// </summary>
public static class CreateFlags
{
    private const uint Known = VmoOptions.Resizable | VmoOptions.Discardable | VmoOptions.DiscardableLockless;

    public static bool TryParse(uint options, ulong size, out VmoTraits traits, out ulong rounded, out Status error)
    {
        traits = VmoTraits.None;
        rounded = 0;
        if ((options & VmoOptions.Discardable) != 0 && (options & VmoOptions.DiscardableLockless) != 0)
        {
            error = Status.ZxErrInvalidArgs;
            return false;
        }

        if (!Ranges.TryRoundUp(size, out rounded))
        {
            error = Status.ZxErrOutOfRange;
            return false;
        }

        if ((options & ~Known) != 0)
        {
            error = Status.ZxErrInvalidArgs;
            return false;
        }

        traits |= (options & VmoOptions.Resizable) != 0 ? VmoTraits.Resizable : VmoTraits.None;
        traits |= (options & VmoOptions.Discardable) != 0 ? VmoTraits.Discardable : VmoTraits.None;
        traits |= (options & VmoOptions.DiscardableLockless) != 0 ? VmoTraits.Discardable | VmoTraits.Lockless : VmoTraits.None;
        error = Status.ZxOk;
        return true;
    }

    /// <summary>The rights of a new VMO's handle: the defaults, plus RESIZE for a resizable VMO.</summary>
    public static Rights RightsFor(VmoTraits traits) =>
        (traits & VmoTraits.Resizable) != 0 ? Rights.DefaultVmo | Rights.Resize : Rights.DefaultVmo;
}
