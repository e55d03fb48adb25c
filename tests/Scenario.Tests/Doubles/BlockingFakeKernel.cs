using VmoKernel.Abi;

namespace VmoKernel.Tests.Scenario.Doubles;

/// <summary>
/// TEST DOUBLE: a <see cref="FakeKernel"/> whose <c>mem_read</c> never finishes (a fault no pager
/// will ever resolve) and that settles at once, so the runner's "blocked forever" is testable.
/// </summary>
public sealed class BlockingFakeKernel : FakeKernel, IBlockingKernel
{
    public override Task<SyscallResult> InvokeAsync(ulong process, Syscall call) =>
        call is MemRead ? new TaskCompletionSource<SyscallResult>().Task : base.InvokeAsync(process, call);

    public Task SettleAsync() => Task.CompletedTask;
}
