using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>fs/userfaultfd.c's validate_range, which every range ioctl runs before it looks at a VMA.</summary>
internal static class UffdRange
{
    /// <summary>vm.mmap_min_addr's default on x86-64: nothing below it can be mapped or registered.</summary>
    public const ulong MmapMinAddr = 0x10000;

    /// <summary>EINVAL for an unaligned start or length, a zero length, a start below mmap_min_addr or a range past TASK_SIZE; else OK.</summary>
    public static Status Validate(ulong start, ulong length)
    {
        var unaligned = (start | length) % KernelConstants.PageSize != 0;
        if (unaligned || length == 0 || start < MmapMinAddr || start >= LinuxConstants.TaskSize || length > LinuxConstants.TaskSize - start)
        {
            return Status.Einval;
        }

        return Status.Ok;
    }
}
