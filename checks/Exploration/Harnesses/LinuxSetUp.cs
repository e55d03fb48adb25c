using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>Set-up calls of the Linux harnesses whose values are 64-bit (addresses, pids), made as any process.</summary>
public static class LinuxSetUp
{
    /// <summary>Makes a call as <paramref name="process"/> that must succeed and returns its integer value, or 0 when it has none.</summary>
    public static async Task<ulong> MustAsync(KernelCaller caller, ulong process, Syscall syscall)
    {
        var result = await caller.CallAsAsync(process, syscall);
        if (!result.Succeeded)
        {
            throw new HarnessSetUpException($"harness set-up call {syscall} as process {process} failed: {result}");
        }

        return result.Value is IntValue n ? n.Number : 0;
    }
}
