using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>close(fd): EBADF when not open; the last descriptor of a uffd releases it and the last write end of a pipe wakes its readers (<see cref="Descriptors.Close"/>).</summary>
internal static class Close
{
    public static SyscallResult Run(CallContext context, Abi.Close call)
    {
        context.Need(linux: true);
        if (Descriptors.Find(context, call.Fd) is null)
        {
            return SyscallResult.Error(Status.Ebadf);
        }

        Descriptors.Close(context, context.ProcessKoid, call.Fd);
        return SyscallResult.Ok();
    }
}
