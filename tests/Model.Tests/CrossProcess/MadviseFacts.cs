using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.CrossProcess;

/// <summary>process_madvise in the model: ESTALE, partial success, access (spec/getinfo.md, INV-INFO-10, 11, 13).</summary>
public sealed class MadviseFacts
{
    private const ulong Page = KernelLayout.PageSize;

    /// <summary>p1 created by p0, with a 4-page VMO written on pages 0 and 2 and mapped at the VMAR base.</summary>
    private static (KernelScript K, ulong P1, ulong Address) WrittenTarget()
    {
        var k = new KernelScript();
        var p1 = k.Int(new ProcessCreate());
        k.Process = p1;
        var v = k.Handle(new VmoCreate(4 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("zero")));
        k.Expect(Status.ZxOk, new VmoWrite(v, 2 * Page, KernelScript.Text("two")));
        var address = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, v, 0, 4 * Page));
        k.Process = KernelState.InitialProcessKoid;
        return (k, p1, address);
    }

    private static ProcessMadvise Advise(ulong proc, uint advice, ulong seq, params (ulong, ulong)[] ranges) => new(proc, [.. ranges], advice, 0, seq);

    [Fact]
    [Trait("spec", "INV-INFO-10")]
    public void AStaleSequenceChangesNothing()
    {
        var (k, p1, a) = WrittenTarget();
        var before = k.State;
        var call = Advise(p1, ProcessInfoOptions.MadvDontNeed, 0, (a, 4 * Page));
        k.Expect(Status.Estale, call);
        Assert.Same(before, k.State);
        Assert.Empty(MadviseTransitions.Check(new Transition(before, k.Process, call, SyscallResult.Error(Status.Estale), k.State)));
    }

    [Fact]
    [Trait("spec", "INV-MADV-03")]
    [Trait("spec", "INV-INFO-11")]
    public void ElementOneFailingKeepsElementZeroAndReportsItsBytes()
    {
        var (k, p1, a) = WrittenTarget();
        var result = k.Call(Advise(p1, ProcessInfoOptions.MadvDontNeed, 1, (a, 100), (a + (32 * Page), Page), (a + (2 * Page), Page)));
        Assert.Equal(SyscallResult.Ok(Value.Int(100)), result);
        var owner = k.State.Processes[p1].Mappings[a].VmoKoid;
        Assert.Equal([2UL], k.State.Vmos[owner].Pages.Keys);
    }

    [Fact]
    [Trait("spec", "INV-MADV-05")]
    [Trait("spec", "INV-INFO-09")]
    public void AdviceNeverMovesVmSeq()
    {
        var (k, p1, a) = WrittenTarget();
        foreach (var advice in new[] { ProcessInfoOptions.MadvCold, ProcessInfoOptions.MadvWillNeed, ProcessInfoOptions.MadvDontNeed })
        {
            Assert.Equal(SyscallResult.Ok(Value.Int(Page)), k.Call(Advise(p1, advice, 1, (a, Page))));
        }

        Assert.Equal(1UL, k.State.Processes[p1].VmSeq);
    }

    [Fact]
    [Trait("spec", "INV-INFO-13")]
    public void TheCreatedProcessMayNotAdviseItsCreator()
    {
        var (k, p1, _) = WrittenTarget();
        k.Process = p1;
        k.Expect(Status.Eperm, Advise(KernelState.InitialProcessKoid, ProcessInfoOptions.MadvCold, 0));
        k.Expect(Status.Ok, Advise(p1, ProcessInfoOptions.MadvCold, 1));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-10")]
    [Trait("must-fail-twin", "INV-MADV-04")]
    public void TheTransitionInvariantsFlagAStaleCallThatChangedTheState()
    {
        var (k, p1, a) = WrittenTarget();
        var before = k.State;
        var call = Advise(p1, ProcessInfoOptions.MadvDontNeed, 0, (a, Page));
        var applied = Advise(p1, ProcessInfoOptions.MadvDontNeed, 1, (a, Page));
        var (changed, _) = VmoKernel.Model.Kernel.Step(before, k.Process, applied);
        var ids = MadviseTransitions.Check(new Transition(before, k.Process, call, SyscallResult.Error(Status.Estale), changed)).Select(v => v.Id);
        Assert.Contains("INV-INFO-10", ids);
        var overReported = MadviseTransitions.Check(new Transition(before, k.Process, applied, SyscallResult.Ok(Value.Int(3)), changed)).Select(v => v.Id);
        Assert.Contains("INV-MADV-04", overReported);
    }
}
