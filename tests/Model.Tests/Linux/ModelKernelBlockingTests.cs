using VmoKernel.Abi;
using VmoKernel.Model;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Model.Linux;

/// <summary>
/// Blocking in the model (L-18): a call that blocks gets a task that is not complete; the call that
/// wakes it retries it inside itself, so the task is complete when the waking call returns; a call
/// nothing wakes never completes.
/// </summary>
public sealed class ModelKernelBlockingTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static async Task<(ModelKernel Kernel, uint Uffd, ulong A)> RegisteredAsync()
    {
        var kernel = new ModelKernel();
        var p0 = kernel.InitialProcess;
        var a = ((IntValue)(await kernel.InvokeAsync(p0, new Mmap(0, Page, ProtRead | ProtWrite, MapPrivate | MapAnonymous))).Value).Number;
        var uffd = (uint)((IntValue)(await kernel.InvokeAsync(p0, new Userfaultfd(ONonBlock))).Value).Number;
        Assert.Equal(Status.Ok, (await kernel.InvokeAsync(p0, new UffdioApi(uffd, UffdApi, 0))).Status);
        Assert.Equal(Status.Ok, (await kernel.InvokeAsync(p0, new UffdioRegister(uffd, a, Page, UffdioRegisterModeMissing))).Status);
        return (kernel, uffd, a);
    }

    [Fact]
    [Trait("spec", "INV-LINUX-06")]
    public async Task A_copy_completes_the_blocked_load_with_the_copied_bytes()
    {
        var (kernel, uffd, a) = await RegisteredAsync();
        var load = kernel.InvokeAsync(kernel.InitialProcess, new MemRead(a + 1, 2));
        Assert.False(load.IsCompleted);

        var copy = await kernel.InvokeAsync(kernel.InitialProcess, new UffdioCopy(uffd, a, ByteString.Of([.. Enumerable.Range(0, (int)Page).Select(i => (byte)i)]), 0));

        Assert.Equal(SyscallResult.Ok(Value.Int(Page)), copy);
        Assert.True(load.IsCompleted);
        Assert.Equal(SyscallResult.Ok(Value.Of(ByteString.Of([1, 2]))), await load);
        Assert.Empty(kernel.State.Linux.Waiters);
    }

    [Fact]
    public async Task A_copy_with_dontwake_leaves_the_load_blocked_and_a_wake_that_misses_its_page_too()
    {
        var (kernel, uffd, a) = await RegisteredAsync();
        var load = kernel.InvokeAsync(kernel.InitialProcess, new MemRead(a, 1));
        await kernel.InvokeAsync(kernel.InitialProcess, new UffdioWake(uffd, a + Page, Page));
        Assert.False(load.IsCompleted);
        await kernel.InvokeAsync(kernel.InitialProcess, new UffdioCopy(uffd, a, ByteString.Zeros((int)Page), UffdioCopyModeDontWake));
        Assert.False(load.IsCompleted);
        await kernel.InvokeAsync(kernel.InitialProcess, new UffdioWake(uffd, a, Page));
        Assert.Equal(SyscallResult.Ok(Value.Of(ByteString.Zeros(1))), await load);
    }

    [Fact]
    public async Task A_woken_load_whose_page_is_still_missing_blocks_again_under_a_new_waiter()
    {
        var (kernel, uffd, a) = await RegisteredAsync();
        var load = kernel.InvokeAsync(kernel.InitialProcess, new MemRead(a, 1));
        var first = Assert.Single(kernel.State.Linux.Waiters).Key;
        await kernel.InvokeAsync(kernel.InitialProcess, new UffdioWake(uffd, a, Page));
        Assert.False(load.IsCompleted);
        Assert.NotEqual(first, Assert.Single(kernel.State.Linux.Waiters).Key);
        Assert.Single(kernel.State.Linux.Uffds.Values.Single().Queue);
    }

    [Fact]
    public void Invoke_answers_blocked_for_a_call_that_blocks_and_is_never_woken()
    {
        var kernel = new ModelKernel();
        var p = kernel.Invoke(kernel.InitialProcess, new Pipe());
        var read = (uint)((IntValue)((ListValue)p.Value).Items[0]).Number;
        var a = ((IntValue)kernel.Invoke(kernel.InitialProcess, new Mmap(0, Page, ProtRead | ProtWrite, MapPrivate | MapAnonymous)).Value).Number;
        Assert.Equal(Status.Blocked, kernel.Invoke(kernel.InitialProcess, new FdRead(read, a, 1)).Status);
    }
}
