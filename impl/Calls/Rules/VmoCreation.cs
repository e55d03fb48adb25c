using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>The create-option parsing and initial rights that every VMO-creating call shares.</summary>
internal static class VmoCreation
{
    public const uint CreateOptionsKnown = VmoOptions.Resizable | VmoOptions.Discardable | VmoOptions.DiscardableLockless;

    /// <summary>parse_create_syscall_flags: both discardable kinds (INVALID_ARGS), size rounding wraps (OUT_OF_RANGE), unknown bits (INVALID_ARGS).</summary>
    public static Status ParseFlags(uint options, ulong size, out ulong rounded)
    {
        rounded = 0;
        const uint both = VmoOptions.Discardable | VmoOptions.DiscardableLockless;
        return (options & both) == both ? Status.ZxErrInvalidArgs
            : !Ranges.TryRoundUp(size, out rounded) ? Status.ZxErrOutOfRange
            : (options & ~CreateOptionsKnown) != 0 ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    public static Rights VmoRights(bool resizable) => Rights.DefaultVmo | (resizable ? Rights.Resize : Rights.None);
}
