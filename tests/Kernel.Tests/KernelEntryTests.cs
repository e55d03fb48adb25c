using VmoKernel.Abi;
using VmoKernel.Kernel;
using static VmoKernel.Abi.LinuxConstants;
using static VmoKernel.Tests.Kernel.TestSupport.OneSchedule;

namespace VmoKernel.Tests.Kernel;

/// <summary>
/// The actor kernel's way in at the edge no scenario can write, a caller that is no process (D-27): a Zircon
/// syscall answers ZX_ERR_BAD_HANDLE and a Linux or control call ESRCH, as the model's KernelEntryTests hold the
/// model to; and the kernel is unchanged after (the next create is numbered as on a fresh kernel).
/// </summary>
public sealed class KernelEntryTests
{
    private const ulong Page = KernelLayout.PageSize;
    private const ulong NoSuchProcess = 999_999;

    public static TheoryData<Syscall, Status> CallsFromNoProcess => new()
    {
        { new VmoCreate(Page, 0), Status.ZxErrBadHandle },
        { new HandleClose(3), Status.ZxErrBadHandle },
        { new Mmap(0, Page, ProtRead, MapPrivate | MapAnonymous), Status.Esrch },
        { new Reclaim(PressureLevel.Critical), Status.Esrch },
    };

    [Theory]
    [MemberData(nameof(CallsFromNoProcess))]
    public void ACallFromNoProcessGetsItsSurfacesStatusAndChangesNothing(Syscall call, Status expected)
    {
        SyscallResult? refused = null;
        SyscallResult? created = null;
        SyscallResult? reference = null;
        Run(async runtime =>
        {
            var kernel = KernelHost.Start(runtime);
            refused = await kernel.InvokeAsync(NoSuchProcess, call);
            created = await kernel.InvokeAsync(kernel.InitialProcess, new VmoCreate(Page, 0));
        });
        Run(async runtime =>
        {
            var kernel = KernelHost.Start(runtime);
            reference = await kernel.InvokeAsync(kernel.InitialProcess, new VmoCreate(Page, 0));
        });

        Assert.Equal(SyscallResult.Error(expected), refused);
        Assert.Equal(reference, created);
    }
}
