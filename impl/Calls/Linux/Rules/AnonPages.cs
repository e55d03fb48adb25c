namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Anonymous pages and their frames. OWNED BY THE ADDRESS-SPACE WORK (placeholder until it lands).
/// </summary>
internal static class AnonPages
{
    /// <summary>Gives back the frames of pages no entry and no shared object names any more, and drops shared objects no area shows.</summary>
    public static void Collect(CallContext context)
    {
    }
}
