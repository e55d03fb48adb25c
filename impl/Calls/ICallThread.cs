using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The ways one call's kernel thread can run a call, which <see cref="KernelCalls"/> picks per record:
/// a transaction committed at the caller's process (most calls), one committed at a target process
/// (process_madvise), one consistent snapshot of several processes (process_getinfo), or a request to the
/// reclaimer (reclaim). The thread owns the locking; the call's semantics only read and write the
/// context it is given.
/// </summary>
internal interface ICallThread
{
    /// <summary>Runs <paramref name="semantics"/> as a transaction over the objects it names, committed at the caller's process.</summary>
    Task<SyscallResult> TransactAsync(Func<CallContext, SyscallResult> semantics);

    /// <summary>Checks process_madvise's flags and target, then runs <paramref name="semantics"/> committed at the target process.</summary>
    Task<SyscallResult> TransactAtTargetAsync(Abi.ProcessMadvise call, Func<CallContext, SyscallResult> semantics);

    /// <summary>Reads the named processes and their VMOs at one instant.</summary>
    Task<SyscallResult> SnapshotAsync(Abi.ProcessGetinfo call);

    /// <summary>Hands the call to the reclaimer and waits for its answer.</summary>
    Task<SyscallResult> ReclaimAsync(Abi.Reclaim call);
}
