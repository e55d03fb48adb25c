using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>The advice values process_madvise judges before it walks its elements (mm/madvise.c madvise_behavior_valid, process_madvise_remote_valid; L-15).</summary>
internal static class MadviseAdvice
{
    /// <summary>Every advice the Linux surface knows (docs/scenario-language.md, "Linux surface"); any other is EINVAL.</summary>
    public static bool Known(uint advice) => advice is MadvNormal or MadvRandom or MadvSequential or MadvWillNeed or MadvDontNeed
        or MadvFree or MadvDontFork or MadvDoFork or MadvDontDump or MadvDoDump or MadvWipeOnFork or MadvKeepOnFork
        or MadvCold or MadvPageOut or MadvVolatile or MadvNonVolatile;

    /// <summary>The advice another process may give (non-destructive hints; MADV_COLLAPSE is not modelled, L-15).</summary>
    public static bool Remote(uint advice) => advice is MadvCold or MadvPageOut or MadvWillNeed;
}
