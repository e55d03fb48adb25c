using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mprotect (INV-LINUX-08; mm/mprotect.c do_mprotect_pkey): PROT_GROWSDOWN with PROT_GROWSUP, then an unaligned start, is EINVAL, length 0 OK, a
/// wrapping end ENOMEM, an unknown prot bit EINVAL (arch_validate_prot: READ, WRITE, EXEC, SEM, the grows bits
/// taken off first), no area in the range ENOMEM; the first area the range meets then decides: PROT_GROWSDOWN
/// starts at that area's start and needs it to grow down (else EINVAL), otherwise a start in a hole is ENOMEM and
/// PROT_GROWSUP is EINVAL (no area grows up on x86-64), with nothing changed; then the areas change in order, and
/// a later hole answers ENOMEM keeping the changes made before it.
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

        var grows = call.Prot & (ProtGrowsDown | ProtGrowsUp);
        if ((call.Prot & ~grows & ~(ProtRead | ProtWrite | ProtExec | ProtSem)) != 0)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var pid = context.ProcessKoid;
        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var start = call.Addr;
        if (grows != 0)
        {
            // The first area in the range is the one asked to grow; only a MAP_GROWSDOWN area can.
            var first = AreaEdits.Overlapping(mm, call.Addr, end).FirstOrDefault();
            if (first is null || (grows == ProtGrowsUp && first.Start > call.Addr))
            {
                return SyscallResult.Error(Status.Enomem);
            }

            if (grows == ProtGrowsUp || !first.Has(AreaFlags.GrowsDown))
            {
                return SyscallResult.Error(Status.Einval);
            }

            start = first.Start;
        }

        var prot = call.Prot & (ProtRead | ProtWrite | ProtExec);
        var pieces = AreaEdits.LeadingPieces(mm, start, end, out var complete);
        foreach (var (from, to) in pieces)
        {
            mm = AreaEdits.Change(mm, from, to, a => a with { Prot = prot });
        }

        context.Linux = context.Linux.WithMm(pid, mm);
        return complete ? SyscallResult.Ok() : SyscallResult.Error(Status.Enomem);
    }
}
