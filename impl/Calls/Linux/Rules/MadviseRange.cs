using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Applies one madvise advice to [start, start + length) of process <c>pid</c>'s mm, with madvise's own
/// range checks (alignment, holes, VM_LOCKED, ...), as madvise and each process_madvise element do.
/// OWNED BY THE ADDRESS-SPACE WORK (placeholder until it lands).
/// </summary>
internal static class MadviseRange
{
    /// <summary>The errno of the advice, or OK; on an error nothing changed. The value is MADV_NONVOLATILE's <c>{purged}</c> record, else none.</summary>
    public static SyscallResult Apply(CallContext context, ulong pid, ulong start, ulong length, uint advice) => SyscallResult.Error(Status.Enosys);
}
