using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>Handles: duplicate, replace (D-15), close, lifetime (INV-HANDLE-*, INV-RIGHTS-02).</summary>
public sealed class HandleRules
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "INV-HANDLE-04")]
    [Trait("spec", "INV-RIGHTS-02")]
    public void DuplicateWithoutTheDuplicateRightIsAccessDeniedBeforeBadRights()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var noDup = k.Handle(new HandleDuplicate(v, (uint)Rights.Read));
        k.Expect(Status.ZxErrAccessDenied, new HandleDuplicate(noDup, (uint)Rights.Write));
        k.Expect(Status.ZxErrInvalidArgs, new HandleDuplicate(v, (uint)Rights.Resize));
        k.Expect(Status.ZxErrInvalidArgs, new HandleDuplicate(v, (uint)(Rights.SameRights | Rights.Read)));
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-07")]
    public void ReplaceRefusedForItsRightsStillConsumesTheOriginalHandle()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrInvalidArgs, new HandleReplace(v, (uint)Rights.Resize));
        k.Expect(Status.ZxErrBadHandle, new VmoGetSize(v));
        Assert.Empty(k.State.Vmos);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-06")]
    [Trait("spec", "INV-RIGHTS-02")]
    public void ReplaceNeedsNoDuplicateRightAndTakesTheNextHandleNumber()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var readOnly = k.Handle(new HandleReplace(v, (uint)Rights.Read));
        Assert.Equal(KernelLayout.HandleValue(5), readOnly);
        var again = k.Handle(new HandleReplace(readOnly, (uint)Rights.SameRights));
        Assert.Equal(Value.Int((ulong)Rights.Read), k.Record(new ObjectGetInfo(again, InfoTopic.HandleBasic))["rights"]);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-05")]
    public void ClosingTheInvalidHandleIsOkAndClosingTwiceIsBadHandle()
    {
        var k = new KernelScript();
        k.Expect(Status.ZxOk, new HandleClose(KernelConstants.HandleInvalid));
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new HandleClose(v));
        k.Expect(Status.ZxErrBadHandle, new HandleClose(v));
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-02")]
    public void ClosingTheLastHandleFreesTheFramesButAMappingKeepsTheVmoAlive()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("m")));
        var a = k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, v, 0, Page));
        k.Expect(Status.ZxOk, new HandleClose(v));
        Assert.Equal("m"u8.ToArray(), k.Bytes(new MemRead(a, 1)));
        k.Expect(Status.ZxOk, new VmarUnmap(KernelScript.RootVmar, a, Page));
        Assert.Empty(k.State.Vmos);
        Assert.Equal(0UL, k.State.Memory.Used);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-03")]
    [Trait("spec", "INV-HANDLE-06")]
    public void AHandleIsValidOnlyInTheProcessThatHoldsIt()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var other = k.Int(new ProcessCreate());
        k.Process = other;
        k.Expect(Status.ZxErrBadHandle, new VmoGetSize(v));
        var own = k.Handle(new VmoCreate(Page, 0));
        Assert.Equal(KernelLayout.HandleValue(2), own);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-02")]
    public void ASliceKeepsItsParentAliveAfterTheParentHandleCloses()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, Page, KernelScript.Text("q")));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, Page, Page));
        k.Expect(Status.ZxOk, new HandleClose(parent));
        Assert.Equal("q"u8.ToArray(), k.Bytes(new VmoRead(slice, 0, 1)));
        k.Expect(Status.ZxOk, new HandleClose(slice));
        Assert.Empty(k.State.Vmos);
    }
}
