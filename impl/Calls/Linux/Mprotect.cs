using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mprotect (INV-LINUX-08; mm/mprotect.c do_mprotect_pkey): PROT_GROWSDOWN with PROT_GROWSUP, then an unaligned start, is EINVAL, length 0 OK, a
/// wrapping end ENOMEM, an unknown prot bit EINVAL (arch_validate_prot: READ, WRITE, EXEC, SEM), a start
/// in a hole ENOMEM with nothing changed; then the areas change in order, and a later hole answers ENOMEM
/// keeping the changes made before it.
/// </summary>
internal static class Mprotect
{
    private const uint ProtSem = 0x8, ProtGrowsDown = 0x0100_0000, ProtGrowsUp = 0x0200_0000;

    public static SyscallResult Run(CallContext context, Abi.Mprotect call)
    {
        context.Need(linux: true);

        // do_mprotect_pkey refuses PROT_GROWSDOWN with PROT_GROWSUP before it looks at the start.
        if ((call.Prot & (ProtGrowsDown | ProtGrowsUp)) == (ProtGrowsDown | ProtGrowsUp) || !LinuxPages.Aligned(call.Addr))
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (call.Length == 0)
        {
            return SyscallResult.Ok();
        }

        var end = call.Addr + LinuxPages.Up(call.Length);
        if (end <= call.Addr)
        {
            return SyscallResult.Error(Status.Enomem);
        }

        if ((call.Prot & ~(ProtRead | ProtWrite | ProtExec | ProtSem)) != 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var pid = context.ProcessKoid;
        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var prot = call.Prot & (ProtRead | ProtWrite | ProtExec);
        var pieces = AreaEdits.LeadingPieces(mm, call.Addr, end, out var complete);
        foreach (var (from, to) in pieces)
        {
            mm = AreaEdits.Change(mm, from, to, a => a with { Prot = prot });
        }

        context.Linux = context.Linux.WithMm(pid, mm);
        return complete ? SyscallResult.Ok() : SyscallResult.Error(Status.Enomem);
    }
}
