using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// munmap(addr, len), as do_vmi_munmap (6.13): an unaligned address, or a range past TASK_SIZE, EINVAL;
/// len 0 EINVAL; then every VMA page in the range goes, holes allowed, and frames nothing else maps
/// return to physical memory.
/// </summary>
public static class Munmap
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Munmap call)
    {
        if (!KernelLayout.IsPageAligned(call.Addr) || call.Addr > LinuxConstants.TaskSize || call.Length > LinuxConstants.TaskSize - call.Addr)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        LinuxEdits.TryPageAlign(call.Length, out var length);
        if (length == 0)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var removed = LinuxSpace.Remove(state.Me(process), call.Addr, call.Addr + length);
        return LinuxEdits.Ok(LinuxPages.Collect(state.With(process, removed)));
    }
}
