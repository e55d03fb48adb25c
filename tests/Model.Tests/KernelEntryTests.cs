using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Model;

/// <summary>
/// The model's way in, at edges no scenario can write: a caller that is not a process (a scenario always
/// calls as one), the step a <see cref="ModelKernel"/> is given (exhaust's model seeded bugs replace it),
/// and process_madvise's UIO_MAXIOV, whose vector of 1,024 elements no scenario line should spell out.
/// </summary>
public sealed class KernelEntryTests
{
    private const ulong Page = KernelLayout.PageSize;
    private const ulong NoSuchProcess = 999_999;

    [Fact]
    public void A_zircon_call_from_no_process_is_bad_handle_and_changes_nothing()
    {
        var state = KernelState.Fresh();
        var (after, result) = Kernel.Step(state, NoSuchProcess, new VmoCreate(Page, 0));
        Assert.Equal(SyscallResult.Error(Status.ZxErrBadHandle), result);
        Assert.Same(state, after);
    }

    [Fact]
    public void A_linux_call_from_no_process_is_esrch_and_changes_nothing()
    {
        var state = KernelState.Fresh();
        var (after, result) = Kernel.Step(state, NoSuchProcess, new Mmap(0, Page, ProtRead, MapPrivate | MapAnonymous));
        Assert.Equal(SyscallResult.Error(Status.Esrch), result);
        Assert.Same(state, after);
    }

    [Fact]
    public async Task A_model_kernel_given_a_step_runs_that_step_and_keeps_its_state()
    {
        var given = KernelState.Fresh();
        var stepped = KernelState.Fresh();
        var kernel = new ModelKernel(given, (_, _, _) => (stepped, SyscallResult.Error(Status.Eperm)));
        Assert.Equal(SyscallResult.Error(Status.Eperm), await kernel.InvokeAsync(kernel.InitialProcess, new VmoCreate(Page, 0)));
        Assert.Same(stepped, kernel.State);
    }

    [Fact]
    public void Process_madvise_takes_exactly_uio_maxiov_elements_and_refuses_one_more()
    {
        var script = new KernelScript();
        var self = (uint)script.Int(new PidfdOpen((uint)script.Process, 0));
        var empty = (Addr: 0x1000_0000UL, Len: 0UL);
        var most = new PidfdMadvise(self, [.. Enumerable.Repeat(empty, UioMaxIov)], MadvCold, 0);
        var tooMany = most with { Iovec = most.Iovec.Add(empty) };
        Assert.Equal(SyscallResult.Ok(Value.Int(0)), script.Call(most));
        Assert.Equal(SyscallResult.Error(Status.Einval), script.Call(tooMany));
    }
}
