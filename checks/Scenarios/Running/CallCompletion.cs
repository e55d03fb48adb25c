using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Waits for a call that a scenario needs the result of (a statement's call or a join), and says
/// "blocked forever" instead of hanging when the kernel reports it can never finish
/// (<see cref="IBlockingKernel"/>).
/// </summary>
public static class CallCompletion
{
    /// <summary>The call's result, or null when it is blocked forever.</summary>
    public static async Task<SyscallResult?> WaitAsync(IKernel kernel, Task<SyscallResult> call)
    {
        if (!call.IsCompleted && kernel is IBlockingKernel blocking)
        {
            await blocking.SettleAsync();
            if (!call.IsCompleted)
            {
                return null;
            }
        }

        return await call;
    }
}
