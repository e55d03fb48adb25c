using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// mprotect(addr, len, prot), as do_mprotect_pkey (6.13): both PROT_GROWSDOWN and PROT_GROWSUP
/// EINVAL; unaligned start EINVAL; len 0 OK; a wrapping end ENOMEM; an unknown prot bit EINVAL; no VMA
/// in the range ENOMEM. Then the first VMA the range meets decides: PROT_GROWSDOWN moves the start down
/// (or up) to that VMA's start and is EINVAL unless it is VM_GROWSDOWN; otherwise a start in a hole is
/// ENOMEM, and PROT_GROWSUP is EINVAL (x86-64 has no VM_GROWSUP); all with nothing changed. Then the VMAs
/// in order, and a later hole ENOMEM with the VMAs before it changed.
/// </summary>
public static class Mprotect
{
    private const uint ProtSem = 0x8, ProtGrowsDown = 0x0100_0000, ProtGrowsUp = 0x0200_0000;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Mprotect call)
    {
        var grows = call.Prot & (ProtGrowsDown | ProtGrowsUp);
        if (grows == (ProtGrowsDown | ProtGrowsUp) || !KernelLayout.IsPageAligned(call.Addr))
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        if (call.Length == 0)
        {
            return LinuxEdits.Ok(state);
        }

        if (!LinuxEdits.TryPageAlign(call.Length, out var length) || !Ranges.TryEnd(call.Addr, length, out var end))
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        var prot = call.Prot & ~grows;
        if ((prot & ~(LinuxConstants.ProtRead | LinuxConstants.ProtWrite | LinuxConstants.ProtExec | ProtSem)) != 0)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var me = state.Me(process);
        var first = me.Overlapping(call.Addr, end).FirstOrDefault();
        var start = grows == ProtGrowsDown && first is not null ? first.Start : call.Addr;
        if (first is null || first.Start > start)
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        if ((grows == ProtGrowsDown && !first.Has(VmFlags.GrowsDown)) || grows == ProtGrowsUp)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var at = start;
        foreach (var vma in me.Overlapping(start, end).ToList())
        {
            if (vma.Start > at)
            {
                break;
            }

            at = Math.Min(vma.End, end);
        }

        var changed = LinuxSpace.Update(me, start, at, v => v with { Prot = prot & ~ProtSem });
        var after = state.With(process, changed);
        return at < end ? LinuxEdits.Fail(after, Status.Enomem) : LinuxEdits.Ok(after);
    }
}
