using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// munmap (INV-LINUX-08; mm/vma.c do_vmi_munmap): an unaligned start, a range past TASK_SIZE or a length
/// of 0 is EINVAL; otherwise the range is unmapped, holes allowed, splitting the areas at its ends, and
/// the frames nothing names any more go back to physical memory.
/// </summary>
internal static class Munmap
{
    public static SyscallResult Run(CallContext context, Abi.Munmap call)
    {
        context.Need(linux: true, memory: true);
        if (!LinuxPages.Aligned(call.Addr) || call.Addr > TaskSize || call.Length > TaskSize - call.Addr)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var end = call.Addr + LinuxPages.Up(call.Length);
        if (end == call.Addr)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var pid = context.ProcessKoid;
        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        context.Linux = context.Linux.WithMm(pid, AreaEdits.Remove(mm, call.Addr, end));
        AnonPages.Collect(context);
        return SyscallResult.Ok();
    }
}
