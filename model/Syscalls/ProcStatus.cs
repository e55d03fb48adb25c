using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call proc_status() -> <c>{VmRSS, VmLck}</c> of /proc/self/status in bytes (L-20): VmRSS
/// counts the pages the process maps that have a frame (private entries, and the shared object's
/// pages its shared VMAs show; the zero page is not counted); VmLck is the size of its VM_LOCKED VMAs.
/// </summary>
public static class ProcStatus
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.ProcStatus call)
    {
        var me = state.Me(process);
        var pages = (ulong)me.Ptes.Count(e => e.Value.HasFrame);
        foreach (var vma in me.Vmas.Values.Where(v => v.Has(VmFlags.Shared)))
        {
            var first = vma.PageOffset;
            var last = first + (vma.Length / KernelLayout.PageSize);
            pages += state.Linux.SharedObjects.TryGetValue(vma.Object, out var shm) ? (ulong)shm.Pages.Keys.Count(i => i >= first && i < last) : 0;
        }

        var locked = me.Vmas.Values.Where(v => v.Has(VmFlags.Locked)).Aggregate(0UL, (sum, v) => sum + v.Length);
        return LinuxEdits.Ok(state, Value.Record(("VmRSS", Value.Int(pages * KernelLayout.PageSize)), ("VmLck", Value.Int(locked))));
    }
}
