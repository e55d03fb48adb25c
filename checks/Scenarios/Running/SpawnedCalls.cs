using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// The calls a scenario started with <c>spawn T: CALL</c> and has not joined yet. A spawned call
/// is handed to the kernel at once and not awaited; the kernel decides whether it finishes at once
/// (the model, which answers each call before the next) or runs concurrently (the actor kernel).
/// </summary>
public sealed class SpawnedCalls(IKernel kernel)
{
    private readonly Dictionary<string, (int Line, Task<SyscallResult> Call)> _running = new(StringComparer.Ordinal);

    public void Start(string thread, int line, Task<SyscallResult> call) => _running[thread] = (line, call);

    /// <summary>Waits for thread <paramref name="thread"/>'s call; null when it can never finish.</summary>
    /// <exception cref="StatementException">No running spawn has that name.</exception>
    public Task<SyscallResult?> JoinAsync(string thread)
    {
        if (!_running.Remove(thread, out var spawned))
        {
            throw new StatementException($"join {thread}: no spawned call of that name is running");
        }

        return CallCompletion.WaitAsync(kernel, spawned.Call);
    }

    /// <summary>The spawns still blocked when the scenario ends (thread name and spawn line), in spawn order.</summary>
    public async Task<IReadOnlyList<(string Thread, int Line)>> StillBlockedAsync()
    {
        var blocked = new List<(string, int)>();
        foreach (var (thread, spawned) in _running.OrderBy(r => r.Value.Line))
        {
            if (await CallCompletion.WaitAsync(kernel, spawned.Call) is null)
            {
                blocked.Add((thread, spawned.Line));
            }
        }

        return blocked;
    }
}
