using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Model.Support;

/// <summary>Correct Linux states the invariant tests start from before they break one thing on purpose.</summary>
public static class LinuxStates
{
    private const ulong Page = KernelLayout.PageSize;

    /// <summary>The script's state with the calling process's Linux part changed.</summary>
    public static KernelState WithLinux(KernelScript k, Func<LinuxProcess, LinuxProcess> change) =>
        k.State with { Linux = k.State.Linux.WithProcess(k.Process, change(k.State.Linux.Process(k.Process))) };

    /// <summary>Two written private pages at A and a locked page of a droppable VMA at D; the state breaks no invariant.</summary>
    public static (KernelScript K, ulong A, ulong D) Mapped()
    {
        var k = new KernelScript();
        var a = k.Int(new Mmap(0, 2 * Page, ProtRead | ProtWrite, MapPrivate | MapAnonymous));
        var d = k.Int(new Mmap(0, Page, ProtRead | ProtWrite, MapDroppable | MapAnonymous));
        k.Expect(Status.Ok, new MemWrite(a, KernelScript.Fill(1, (int)(2 * Page))));
        k.Expect(Status.Ok, new Mlock(d, Page));
        Assert.Empty(StateInvariants.Check(k.State));
        return (k, a, d);
    }

    /// <summary>A registered missing page at A and a thread blocked loading it (the result said BLOCKED; the waiter is in the state).</summary>
    public static (KernelScript K, uint Uffd, ulong A) BlockedReader()
    {
        var k = new KernelScript();
        var a = k.Int(new Mmap(0, Page, ProtRead | ProtWrite, MapPrivate | MapAnonymous));
        var uffd = (uint)k.Int(new Userfaultfd(ONonBlock));
        k.Record(new UffdioApi(uffd, UffdApi, 0));
        k.Record(new UffdioRegister(uffd, a, Page, UffdioRegisterModeMissing));
        Assert.Equal(Status.Blocked, k.Call(new MemRead(a, 1)).Status);
        Assert.Empty(StateInvariants.Check(k.State));
        return (k, uffd, a);
    }
}
