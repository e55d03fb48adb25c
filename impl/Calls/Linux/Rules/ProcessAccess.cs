using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Who may reach another process's mm (L-14): kernel/fork.c mm_access asks ptrace for PTRACE_MODE_READ,
/// which the project grants a process over itself and its descendants (as the seed-004 getinfo does),
/// and refuses otherwise with EACCES.
/// </summary>
internal static class ProcessAccess
{
    /// <summary>Whether <paramref name="caller"/> is <paramref name="target"/> or one of its ancestors through live parents.</summary>
    /// <remarks>The walk follows live mms only: a process whose parent was killed is reparented (to init in Linux), so it is no longer its former grandparent's descendant.</remarks>
    public static bool MayRead(LinuxWorldState world, ulong caller, ulong target)
    {
        for (var pid = target; pid != 0 && world.Mm(pid) is { } mm; pid = mm.Parent)
        {
            if (pid == caller)
            {
                return true;
            }
        }

        return false;
    }
}
