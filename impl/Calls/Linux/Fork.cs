using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// fork() -> the child's pid (L-16). The child is a new process on the Zircon side too (its root VMAR
/// handle, as process_create gives) and gets the mm <see cref="ForkCopy"/> describes, its parent the
/// caller (L-14). One transaction over the Linux world: the parent's areas and entries are read under
/// the same lock that installs the child's, so a page reclaim drops or a store fills is either wholly
/// before the fork (the child sees the result) or wholly after it (the child keeps its own reference).
/// </summary>
internal static class Fork
{
    /// <summary>The fork; only the seeded stale-look bug has a <see cref="CallContext.PeekedLinux"/>, and copies the parent's entries from there.</summary>
    public static SyscallResult Run(CallContext context, Abi.Fork call)
    {
        context.Need(koids: true, linux: true);
        var parentPid = context.ProcessKoid;
        if (context.Linux.Mm(parentPid) is not { } parent)
        {
            // The caller was killed after its call was routed: nobody is left to fork.
            return SyscallResult.Error(Status.Esrch);
        }

        var entries = context.PeekedLinux?.Mm(parentPid)?.Entries ?? parent.Entries;
        var child = context.CreateProcess();
        context.Linux = context.Linux.WithMm(child, ForkCopy.Child(parent, parentPid, entries));
        return SyscallResult.Ok(Value.Int(child));
    }
}
