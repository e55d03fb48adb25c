using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.Rules;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>StateTransitions: a failure changes nothing (INV-STATE-01, INV-XFER-01, INV-MEM-03), with its documented exceptions.</summary>
public sealed partial class TransitionEdgeTests
{
    [Fact]
    [Trait("must-fail-twin", "INV-XFER-01")]
    public void AnOutOfRangeTransferThatMovedAPageBreaksInvXfer01()
    {
        var (k, dst, src) = TransferPair(3, 0, 1, 2);
        var call = new VmoTransferData(dst, 0, 0, 3 * Page, src, Page);
        var (before, refused) = Stepped(k, call);
        Assert.Equal(Status.ZxErrOutOfRange, refused.Status);
        var moved = PageMover.Move(before, k.Vmo(src), 1, k.Vmo(dst), 1, 1);
        Assert.Equal(
            [$"INV-XFER-01: {call} failed with ZX_ERR_OUT_OF_RANGE but changed the state: {StateComparer.Difference(before, moved)}"],
            Messages(before, call, refused, moved));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-03")]
    public void AWriteThatFailedWithNoMemoryButWroteBreaksInvMem03()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var call = new VmoWrite(v, 0, KernelScript.Text("w"));
        var (before, _) = Stepped(k, call);
        Assert.Equal(
            [$"INV-MEM-03: {call} failed with ZX_ERR_NO_MEMORY but changed the state: {StateComparer.Difference(before, k.State)}"],
            Messages(before, call, SyscallResult.Error(Status.ZxErrNoMemory), k.State));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-STATE-01")]
    public void AHandleReplaceRefusedForRightsThatKeptTheHandleBreaksInvState01()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var readOnly = k.Handle(new HandleDuplicate(v, (uint)Rights.Read));
        var call = new HandleReplace(readOnly, (uint)(Rights.Read | Rights.Write));
        var (before, refused) = Stepped(k, call);
        Assert.Equal(Status.ZxErrInvalidArgs, refused.Status);
        Assert.Equal(
            [$"INV-STATE-01: handle_replace refused for rights kept the original handle 0x{readOnly:x} (D-15)"],
            Messages(before, call, refused, before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-STATE-01")]
    public void AHandleReplaceRefusedForRightsThatUsedAHandleNumberBreaksInvState01()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var readOnly = k.Handle(new HandleDuplicate(v, (uint)Rights.Read));
        var call = new HandleReplace(readOnly, (uint)(Rights.Read | Rights.Write));
        var (before, refused) = Stepped(k, call);
        var process = k.State.Processes[k.Process];
        var numbered = k.State.WithProcess(process with { NextHandleSequence = process.NextHandleSequence + 1 });
        Assert.Equal(["INV-STATE-01: handle_replace refused for rights consumed a handle number"], Messages(before, call, refused, numbered));
    }

    [Fact]
    public void AMadviseThatMetAHoleFailsWithEnomemAfterAdvisingTheVmasAroundIt()
    {
        var k = new KernelScript();
        var a = k.Int(new Mmap(0, 3 * Page, LinuxConstants.ProtRead | LinuxConstants.ProtWrite, LinuxConstants.MapPrivate | LinuxConstants.MapAnonymous));
        k.Expect(Status.Ok, new MemWrite(a, KernelScript.Fill(7, (int)(3 * Page))));
        k.Expect(Status.Ok, new Munmap(a + Page, Page));
        var before = k.State;
        var call = new Madvise(a, 3 * Page, LinuxConstants.MadvDontNeed);
        var result = k.Call(call);
        Assert.Equal(Status.Enomem, result.Status);
        Assert.NotNull(StateComparer.Difference(before, k.State));
        Assert.Empty(Messages(before, call, result, k.State));
    }
}
