using VmoKernel.Abi;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>ReclaimTransitions: which VMOs process_madvise(MADV_COLD) names (INV-RECLAIM-01), and the Linux frames on the free stack (INV-RECLAIM-02).</summary>
public sealed partial class TransitionEdgeTests
{
    /// <summary>A lockless discardable VMO with a written page, mapped once; cold advice on it discards it.</summary>
    private static (KernelScript K, ulong Koid, ulong Address) MappedLocklessVmo()
    {
        var (k, v) = LocklessVmo();
        var address = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, v, 0, Page));
        return (k, k.Vmo(v).Koid, address);
    }

    private static ProcessMadvise Cold(KernelState state, params (ulong Addr, ulong Len)[] iovec) =>
        new(KernelState.InitialProcessKoid, [.. iovec], ProcessInfoOptions.MadvCold, 0, state.Processes[KernelState.InitialProcessKoid].VmSeq);

    /// <summary>The state cold advice over the whole mapping leaves: the VMO discarded.</summary>
    private static (KernelState After, SyscallResult Result) ColdOver(KernelState before, ulong address)
    {
        var (after, result) = VmoKernel.Model.Kernel.Step(before, KernelState.InitialProcessKoid, Cold(before, (address, Page)));
        Assert.True(result.Succeeded, result.ToString());
        return (after, result);
    }

    [Fact]
    public void ColdAdviceFromTheMappingsFirstByteNamesItsVmo()
    {
        var (k, koid, address) = MappedLocklessVmo();
        var call = Cold(k.State, (address, Page));
        var (before, result) = Stepped(k, call);
        Assert.True(result.Succeeded);
        Assert.Equal(before.Vmos[koid].CommittedChangeEvents + 1, k.State.Vmos[koid].CommittedChangeEvents);
    }

    [Fact]
    public void ColdAdviceOverTwoMappingsNamesTheVmoUnderEitherElement()
    {
        var (k, koid, address) = MappedLocklessVmo();
        var plain = k.Handle(new VmoCreate(Page, 0));
        var other = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, plain, 0, Page));
        var call = Cold(k.State, (other, Page), (address, Page));
        var (before, result) = Stepped(k, call);
        Assert.True(result.Succeeded);
        Assert.Equal(before.Vmos[koid].CommittedChangeEvents + 1, k.State.Vmos[koid].CommittedChangeEvents);
    }

    [Fact]
    public void ColdAdviceFromTheMappingBeforeNamesTheVmoMappedRightAfterIt()
    {
        var (k, v) = LocklessVmo();
        var koid = k.Vmo(v).Koid;
        var plain = k.Handle(new VmoCreate(Page, 0));
        const uint specific = VmOptions.PermRead | VmOptions.PermWrite | VmOptions.Specific;
        var first = k.Int(new VmarMap(KernelScript.RootVmar, specific, 0x10000, plain, 0, Page));
        Assert.Equal(first + Page, k.Int(new VmarMap(KernelScript.RootVmar, specific, 0x10000 + Page, v, 0, Page)));
        var (before, result) = Stepped(k, Cold(k.State, (first, 2 * Page)));
        Assert.True(result.Succeeded);
        Assert.Equal(before.Vmos[koid].CommittedChangeEvents + 1, k.State.Vmos[koid].CommittedChangeEvents);
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-01")]
    public void ColdAdviceThatDiscardedTheVmoMappedRightBeforeItsRangeBreaksInvReclaim01()
    {
        var (k, koid, address) = MappedLocklessVmo();
        var before = k.State;
        var (after, result) = ColdOver(before, address);
        var call = Cold(before, (address + Page, Page));
        Assert.Equal([$"INV-RECLAIM-01: {call} discarded VMO {koid}, which it did not name"], Messages(before, call, result, after));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-01")]
    public void ColdAdviceThatDiscardedTheVmoMappedRightAfterItsRangeBreaksInvReclaim01()
    {
        var (k, koid, address) = MappedLocklessVmo();
        var before = k.State;
        var (after, result) = ColdOver(before, address);
        var call = Cold(before, (address - Page, Page));
        Assert.Equal([$"INV-RECLAIM-01: {call} discarded VMO {koid}, which it did not name"], Messages(before, call, result, after));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-01")]
    public void ColdAdviceThatDiscardedTheVmoUnderAZeroLengthElementBreaksInvReclaim01()
    {
        // A zero-length element is a no-op (MadviseElement), so it names nothing, even where it points.
        var (k, koid, address) = MappedLocklessVmo();
        var before = k.State;
        var (after, _) = ColdOver(before, address);
        var call = Cold(before, (address, 0));
        var (unchanged, result) = VmoKernel.Model.Kernel.Step(before, KernelState.InitialProcessKoid, call);
        Assert.Same(before, unchanged);
        Assert.Equal([$"INV-RECLAIM-01: {call} discarded VMO {koid}, which it did not name"], Messages(before, call, result, after));
    }

    [Fact]
    public void ReclaimThatDroppedDroppableLinuxPagesPushesTheirFramesLast()
    {
        var k = new KernelScript();
        var d = k.Int(new Mmap(0, 2 * Page, LinuxConstants.ProtRead | LinuxConstants.ProtWrite, LinuxConstants.MapDroppable | LinuxConstants.MapAnonymous));
        k.Expect(Status.Ok, new MemWrite(d, KernelScript.Fill(0xdd, (int)(2 * Page))));
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("v")));
        var (_, result) = Stepped(k, new Reclaim(PressureLevel.Warning));
        Assert.True(result.Succeeded);
        Assert.Empty(k.State.Linux.Pages);
    }

    [Fact]
    [Trait("must-fail-twin", "INV-RECLAIM-02")]
    public void ReclaimThatFreedTheFrameOfALinuxPageItKeptBreaksInvReclaim02()
    {
        var k = new KernelScript();
        var a = k.Int(new Mmap(0, Page, LinuxConstants.ProtRead | LinuxConstants.ProtWrite, LinuxConstants.MapPrivate | LinuxConstants.MapAnonymous));
        k.Expect(Status.Ok, new MemWrite(a, KernelScript.Text("kept")));
        var call = new Reclaim(PressureLevel.Warning);
        var (before, result) = Stepped(k, call);
        var kept = Assert.Single(k.State.Linux.Pages.Values).Frame;
        var freed = k.State with { Memory = k.State.Memory with { Freed = k.State.Memory.Freed.Push(kept) } };
        Assert.Equal(["INV-RECLAIM-02: reclaim(Warning) did not discard [] least recently unlocked first"], Messages(before, call, result, freed));
    }
}
