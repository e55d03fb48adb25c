using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// proc_status() (control, L-20): VmRSS, the bytes of the calling process's mapped pages that have a
/// frame (the zero page and purge markers count nothing), and VmLck, the bytes of its VM_LOCKED areas.
/// </summary>
internal static class ProcStatus
{
    public static SyscallResult Run(CallContext context, Abi.ProcStatus call)
    {
        context.Need(linux: true);
        var world = context.Linux;
        var pid = context.ProcessKoid;
        if (world.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var resident = mm.Areas.Values.Sum(area => area.Has(AreaFlags.Shared)
            ? world.Shm[area.Shm].Frames.Keys.LongCount(i => i >= area.ShmPage && i < area.ShmPage + ((area.End - area.Start) / LinuxPages.Size))
            : mm.Entries.LongCount(e => e.Key >= area.Start && e.Key < area.End && e.Value.Kind == EntryKind.Frame));
        var locked = mm.Areas.Values.Where(a => a.Has(AreaFlags.Locked)).Aggregate(0UL, (sum, a) => sum + (a.End - a.Start));
        return SyscallResult.Ok(Value.Record(("VmRSS", Value.Int((ulong)resident * LinuxPages.Size)), ("VmLck", Value.Int(locked))));
    }
}
