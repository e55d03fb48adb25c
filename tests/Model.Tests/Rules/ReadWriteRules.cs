using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_vmo_read / zx_vmo_write: rights, then range (INV-RW-02); frames only on write; NO_MEMORY changes nothing.</summary>
public sealed class ReadWriteRules
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "INV-RW-02")]
    public void AMissingRightIsReportedBeforeABadRange()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var writeOnly = k.Handle(new HandleDuplicate(v, (uint)Rights.Write));
        k.Expect(Status.ZxErrAccessDenied, new VmoRead(writeOnly, ulong.MaxValue, 2));
    }

    [Fact]
    [Trait("spec", "INV-RW-02")]
    [Trait("spec", "INV-RANGE-02")]
    public void ZeroLengthAtTheEndIsOkAndOnePastTheEndIsOutOfRange()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        Assert.Empty(k.Bytes(new VmoRead(v, Page, 0)));
        k.Expect(Status.ZxErrOutOfRange, new VmoRead(v, Page + 1, 0));
    }

    [Fact]
    [Trait("spec", "INV-RW-01")]
    [Trait("spec", "INV-MEM-07")]
    public void ReadingNeverWrittenPagesReturnsZerosAndCommitsNothing()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(4 * Page, 0));
        Assert.All(k.Bytes(new VmoRead(v, 0, 4 * Page)), b => Assert.Equal(0, b));
        Assert.Empty(k.Vmo(v).Pages);
    }

    [Fact]
    [Trait("spec", "INV-RW-01")]
    public void AWriteAcrossAPageBoundaryCommitsBothPages()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(4 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, Page - 2, KernelScript.Text("abcd")));
        Assert.Equal([0UL, 1UL], k.Vmo(v).Pages.Keys);
        Assert.Equal("abcd"u8.ToArray(), k.Bytes(new VmoRead(v, Page - 2, 4)));
    }

    [Fact]
    [Trait("spec", "INV-MEM-03")]
    public void AWriteThatNeedsMoreFramesThanAreFreeFailsWithNoMemoryAndWritesNothing()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(4 * Page, 0));
        k.Expect(Status.Ok, new SetFreeFrames(1));
        var before = k.State;
        k.Expect(Status.ZxErrNoMemory, new VmoWrite(v, Page - 2, KernelScript.Text("abcd")));
        Assert.Same(before, k.State);
    }

    [Fact]
    [Trait("spec", "INV-RW-02")]
    public void AReadLongerThanAnyBufferIsInvalidArgsAfterTheRangeCheck()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(1UL << 40, 0));
        k.Expect(Status.ZxErrInvalidArgs, new VmoRead(v, 0, 1UL << 40));
        k.Expect(Status.ZxErrOutOfRange, new VmoRead(v, 1, 1UL << 40));
    }

    [Fact]
    [Trait("spec", "INV-RW-03")]
    [Trait("spec", "INV-RW-04")]
    public void SetSizeOfANonResizableVmoIsUnavailableAndWithoutResizeRightAccessDenied()
    {
        var k = new KernelScript();
        var fixedSize = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrUnavailable, new VmoSetSize(fixedSize, 2 * Page));
        var resizable = k.Handle(new VmoCreate(Page, VmoOptions.Resizable));
        var noResize = k.Handle(new HandleDuplicate(resizable, (uint)(Rights.Read | Rights.Write)));
        k.Expect(Status.ZxErrAccessDenied, new VmoSetSize(noResize, 2 * Page));
        k.Expect(Status.ZxOk, new VmoSetSize(resizable, (2 * Page) + 1));
        Assert.Equal(3 * Page, k.Int(new VmoGetSize(resizable)));
    }

    [Fact]
    [Trait("spec", "INV-RW-05")]
    public void ShrinkingFreesThePagesBeyondTheNewEnd()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, VmoOptions.Resizable));
        k.Expect(Status.ZxOk, new VmoWrite(v, Page, KernelScript.Text("x")));
        k.Expect(Status.ZxOk, new VmoSetSize(v, Page));
        Assert.Equal(0UL, k.State.Memory.Used);
        k.Expect(Status.ZxOk, new VmoSetSize(v, 2 * Page));
        Assert.Equal(new byte[1], k.Bytes(new VmoRead(v, Page, 1)));
    }

    [Fact]
    public void FreeingAFrameWithTheLargestBudgetDoesNotWrapItToZero()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("x")));
        k.Expect(Status.Ok, new SetFreeFrames(ulong.MaxValue));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Decommit, 0, Page));
        Assert.Equal(ulong.MaxValue, k.State.Memory.Free);
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("y")));
    }
}
