using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// What a harness's set-up and operations may do: make a call as one process and wait for its answer,
/// and choose with Coyote's controlled randomness (so a saved schedule replays the same choices).
/// Provided by the harness actors; one caller is one user thread.
/// </summary>
public sealed class KernelCaller(
    ulong process,
    IReadOnlyDictionary<string, ulong> bindings,
    Func<ulong, Syscall, Task<SyscallResult>> call,
    Func<int, int> choose)
{
    /// <summary>The process the calls are made as (p0 unless a harness says otherwise).</summary>
    public ulong Process { get; } = process;

    /// <summary>p0's initial handles: <c>root_vmar</c>, <c>bti</c>, <c>root_resource</c>.</summary>
    public IReadOnlyDictionary<string, ulong> Bindings { get; } = bindings;

    public uint Bti => (uint)Bindings["bti"];

    /// <summary>Makes one call as <see cref="Process"/> and returns the kernel's answer.</summary>
    public Task<SyscallResult> CallAsync(Syscall syscall) => call(Process, syscall);

    /// <summary>Makes one call as process <paramref name="other"/> (a thread of a process this one created, or of none).</summary>
    public Task<SyscallResult> CallAsAsync(ulong other, Syscall syscall) => call(other, syscall);

    /// <summary>Makes a call that must succeed (set-up), returning its integer value (a handle, a koid) or 0.</summary>
    public async Task<uint> MustAsync(Syscall syscall)
    {
        var result = await CallAsync(syscall);
        if (!result.Succeeded)
        {
            throw new HarnessSetUpException($"harness set-up call {syscall} failed: {result}");
        }

        return result.Value is IntValue n ? (uint)n.Number : 0;
    }

    /// <summary>A controlled choice in [0, <paramref name="count"/>).</summary>
    public int Choose(int count) => choose(count);

    /// <summary>One of the given items, chosen under control.</summary>
    public T ChooseOne<T>(IReadOnlyList<T> items) => items[choose(items.Count)];
}
