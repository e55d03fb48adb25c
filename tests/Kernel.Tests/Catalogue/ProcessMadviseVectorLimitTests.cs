using VmoKernel.Abi;
using VmoKernel.Tests.Kernel.ModelBased;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Kernel.Catalogue;

/// <summary>
/// process_madvise's UIO_MAXIOV on the actor kernel, beside the model's test of it (tests/Model.Tests/KernelEntryTests.cs):
/// a vector of 1,024 elements is no scenario line anyone should write, and Stryker's <c>&gt;=</c> mutant of
/// impl/Calls/Linux/PidfdMadvise.cs survived every scenario (docs/mutation.md).
/// </summary>
public sealed class ProcessMadviseVectorLimitTests
{
    [Fact]
    public void ExactlyUioMaxIovElementsAreAdvisedAndOneMoreIsEinvalAsInTheModel()
    {
        using var pair = new KernelPair();
        Assert.Null(pair.Step(new PidfdOpen((uint)pair.InitialProcess, 0)));
        var pidfd = (uint)Assert.IsType<IntValue>(pair.LastKernelResult!.Value).Number;
        var empty = (Addr: 0x1000_0000UL, Len: 0UL);
        var most = new PidfdMadvise(pidfd, [.. Enumerable.Repeat(empty, UioMaxIov)], MadvCold, 0);

        Assert.Null(pair.Step(most));
        Assert.Equal(SyscallResult.Ok(Value.Int(0)), pair.LastKernelResult);
        Assert.Null(pair.Step(most with { Iovec = most.Iovec.Add(empty) }));
        Assert.Equal(SyscallResult.Error(Status.Einval), pair.LastKernelResult);
    }
}
