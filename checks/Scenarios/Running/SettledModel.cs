using VmoKernel.Abi;
using VmoKernel.Model;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// The model as a kernel whose calls can block (L-18): <see cref="ModelKernel"/> runs every call, and
/// retries every call it wakes, before <see cref="IKernel.InvokeAsync"/> returns, so it is always
/// settled, and a call whose task is still incomplete is blocked forever.
/// </summary>
public sealed class SettledModel(ModelKernel model) : IKernel, IBlockingKernel
{
    public SettledModel()
        : this(new ModelKernel())
    {
    }

    public ulong InitialProcess => model.InitialProcess;

    public IReadOnlyDictionary<string, ulong> InitialBindings => model.InitialBindings;

    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call) => model.InvokeAsync(process, call);

    public Task SettleAsync() => Task.CompletedTask;
}
