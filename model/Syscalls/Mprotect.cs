using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// mprotect(addr, len, prot), as do_mprotect_pkey (6.13): both PROT_GROWSDOWN and PROT_GROWSUP
/// EINVAL; unaligned start EINVAL; len 0 OK; a wrapping end ENOMEM; an unknown prot bit EINVAL; start
/// in a hole ENOMEM with nothing changed; then the VMAs in order, and a later hole ENOMEM with the
/// VMAs before it changed.
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
        if (me.VmaAt(call.Addr) is null)
        {
            return LinuxEdits.Fail(state, Status.Enomem);
        }

        var at = call.Addr;
        foreach (var vma in me.Overlapping(call.Addr, end).ToList())
        {
            if (vma.Start > at)
            {
                break;
            }

            at = Math.Min(vma.End, end);
        }

        var changed = LinuxSpace.Update(me, call.Addr, at, v => v with { Prot = prot & ~ProtSem });
        var after = state.With(process, changed);
        return at < end ? LinuxEdits.Fail(after, Status.Enomem) : LinuxEdits.Ok(after);
    }
}
