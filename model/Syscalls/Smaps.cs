using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call smaps(addr): the VmFlags line of /proc/self/smaps for the VMA holding addr, as 0/1
/// fields in show_smap_vma_flags' order (rd wr ex sh lo dc dd wf dp nr um, L-20); ENOENT when no VMA
/// holds it. Anonymous memory is always VM_MAY*, which smaps shows as mr mw me, not modelled.
/// </summary>
public static class Smaps
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Smaps call)
    {
        if (state.Me(process).VmaAt(call.Addr) is not { } vma)
        {
            return LinuxEdits.Fail(state, Status.Enoent);
        }

        Value Bit(bool set) => Value.Int(set ? 1UL : 0);
        return LinuxEdits.Ok(state, Value.Record(
            ("rd", Bit((vma.Prot & LinuxConstants.ProtRead) != 0)),
            ("wr", Bit((vma.Prot & LinuxConstants.ProtWrite) != 0)),
            ("ex", Bit((vma.Prot & LinuxConstants.ProtExec) != 0)),
            ("sh", Bit(vma.Has(VmFlags.Shared))),
            ("lo", Bit(vma.Has(VmFlags.Locked))),
            ("dc", Bit(vma.Has(VmFlags.DontCopy))),
            ("dd", Bit(vma.Has(VmFlags.DontDump))),
            ("wf", Bit(vma.Has(VmFlags.WipeOnFork))),
            ("dp", Bit(vma.Has(VmFlags.Droppable))),
            ("nr", Bit(vma.Has(VmFlags.NoReserve))),
            ("um", Bit(vma.Has(VmFlags.UffdMissing)))));
    }
}
