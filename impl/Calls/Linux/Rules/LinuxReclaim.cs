using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>reclaim(level)'s Linux part (L-3), run after the discardable VMOs while the reclaimer holds the Linux world and physical memory.</summary>
internal static class LinuxReclaim
{
    public static void Run(CallContext context, PressureLevel level)
    {
    }
}
