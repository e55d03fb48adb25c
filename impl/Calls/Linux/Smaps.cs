using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>smaps(addr) (control, L-20): the VmFlags mnemonics of the area holding addr as 0/1 fields, ENOENT when none does.</summary>
internal static class Smaps
{
    public static SyscallResult Run(CallContext context, Abi.Smaps call)
    {
        context.Need(linux: true);
        if (context.Linux.Mm(context.ProcessKoid)?.AreaAt(call.Addr) is not { } area)
        {
            return SyscallResult.Error(Status.Enoent);
        }

        Value Bit(bool on) => Value.Int(on ? 1UL : 0UL);
        return SyscallResult.Ok(Value.Record(
            ("rd", Bit((area.Prot & LinuxConstants.ProtRead) != 0)),
            ("wr", Bit((area.Prot & LinuxConstants.ProtWrite) != 0)),
            ("ex", Bit((area.Prot & LinuxConstants.ProtExec) != 0)),
            ("sh", Bit(area.Has(AreaFlags.Shared))),
            ("lo", Bit(area.Has(AreaFlags.Locked))),
            ("dc", Bit(area.Has(AreaFlags.DontCopy))),
            ("dd", Bit(area.Has(AreaFlags.DontDump))),
            ("wf", Bit(area.Has(AreaFlags.WipeOnFork))),
            ("dp", Bit(area.Has(AreaFlags.Droppable))),
            ("nr", Bit(area.Has(AreaFlags.NoReserve))),
            ("um", Bit(area.Has(AreaFlags.UffdMissing)))));
    }
}
