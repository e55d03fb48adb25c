using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_vmo_create_child: check order (INV-CHILD-04), copy-on-write (D-10), views.</summary>
public sealed class ChildRules
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "INV-CHILD-04")]
    public void SizeOverflowAndNoWriteWithResizableAreCheckedBeforeTheHandle()
    {
        var k = new KernelScript();
        k.Expect(Status.ZxErrOutOfRange, new VmoCreateChild(0x7, ChildOptions.Snapshot, 0, ulong.MaxValue));
        k.Expect(Status.ZxErrInvalidArgs, new VmoCreateChild(0x7, ChildOptions.NoWrite | ChildOptions.Resizable, 0, Page));
        k.Expect(Status.ZxErrBadHandle, new VmoCreateChild(0x7, ChildOptions.Snapshot, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-CHILD-03")]
    public void ADiscardableParentCannotHaveAnyKindOfChild()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxErrNotSupported, new VmoCreateChild(v, ChildOptions.Slice, 0, Page));
        k.Expect(Status.ZxErrNotSupported, new VmoCreateChild(v, 1u << 1, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-CHILD-04")]
    public void ASliceOutsideItsParentIsInvalidArgsNotOutOfRange()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxErrInvalidArgs, new VmoCreateChild(v, ChildOptions.Slice, 0, 2 * Page));
        var resizable = k.Handle(new VmoCreate(Page, VmoOptions.Resizable));
        k.Expect(Status.ZxErrNotSupported, new VmoCreateChild(resizable, ChildOptions.Slice, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-CHILD-01")]
    [Trait("spec", "INV-CHILD-06")]
    [Trait("spec", "INV-CHILD-08")]
    public void ASnapshotSeesTheParentAtCreationAndWritesOnEitherSideStayApart()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("base")));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot, 0, 3 * Page));
        Assert.Equal(0UL, (ulong)k.Vmo(child).Pages.Count);
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("PAR")));
        k.Expect(Status.ZxOk, new VmoWrite(child, 1, KernelScript.Text("C")));
        Assert.Equal("PARe"u8.ToArray(), k.Bytes(new VmoRead(parent, 0, 4)));
        Assert.Equal("bCse"u8.ToArray(), k.Bytes(new VmoRead(child, 0, 4)));
        Assert.Equal(new byte[1], k.Bytes(new VmoRead(child, 2 * Page, 1)));
        Assert.Equal(Value.Int(Page), k.Record(new ObjectGetInfo(child, InfoTopic.Vmo))["committed_bytes"]);
    }

    [Fact]
    [Trait("spec", "INV-CHILD-02")]
    public void ASliceSharesPagesWithItsParentBothWays()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(3 * Page, 0));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, Page, Page));
        k.Expect(Status.ZxOk, new VmoWrite(slice, 0, KernelScript.Text("s")));
        Assert.Equal("s"u8.ToArray(), k.Bytes(new VmoRead(parent, Page, 1)));
        k.Expect(Status.ZxOk, new VmoWrite(parent, Page + 1, KernelScript.Text("p")));
        Assert.Equal("sp"u8.ToArray(), k.Bytes(new VmoRead(slice, 0, 2)));
        Assert.Empty(k.Vmo(slice).Pages);
    }

    [Fact]
    public void AReferenceFollowsItsParentsSize()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, VmoOptions.Resizable));
        k.Expect(Status.ZxErrInvalidArgs, new VmoCreateChild(parent, ChildOptions.Reference, 0, Page));
        var reference = k.Handle(new VmoCreateChild(parent, ChildOptions.Reference | ChildOptions.Resizable, 0, 0));
        k.Expect(Status.ZxOk, new VmoSetSize(reference, 3 * Page));
        Assert.Equal(3 * Page, k.Int(new VmoGetSize(parent)));
    }

    [Fact]
    [Trait("spec", "INV-CHILD-07")]
    public void ANoWriteSnapshotHasNoWriteRightAndIsImmutable()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.Snapshot | ChildOptions.NoWrite, 0, Page));
        k.Expect(Status.ZxErrAccessDenied, new VmoWrite(child, 0, KernelScript.Text("x")));
        var flags = ((IntValue)k.Record(new ObjectGetInfo(child, InfoTopic.Vmo))["flags"]!).Number;
        Assert.NotEqual(0UL, flags & InfoVmoFlags.Immutable);
        Assert.NotEqual(0UL, flags & InfoVmoFlags.IsCowClone);
    }

    [Fact]
    public void AnAtLeastOnWriteChildSeesLaterParentWritesUntilItWritesThePageItself()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("one")));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.SnapshotAtLeastOnWrite, 0, 2 * Page));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("two")));
        Assert.Equal("two"u8.ToArray(), k.Bytes(new VmoRead(child, 0, 3)));
        k.Expect(Status.ZxOk, new VmoWrite(child, 0, KernelScript.Text("c")));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("three")));
        Assert.Equal("cwo"u8.ToArray(), k.Bytes(new VmoRead(child, 0, 3)));
        Assert.Equal("three"u8.ToArray(), k.Bytes(new VmoRead(parent, 0, 5)));
    }

    [Fact]
    [Trait("spec", "INV-XFER-08")]
    public void AnAtLeastOnWriteChildSeesATransferIntoItsParentAndKeepsItAlive()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.SnapshotAtLeastOnWrite, 0, Page));
        var src = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(src, 0, KernelScript.Text("moved")));
        k.Expect(Status.ZxOk, new VmoTransferData(parent, 0, 0, Page, src, 0));
        k.Expect(Status.ZxOk, new HandleClose(parent));
        Assert.Equal("moved"u8.ToArray(), k.Bytes(new VmoRead(child, 0, 5)));
        Assert.Equal(3, k.State.Vmos.Count);
    }

    [Fact]
    public void ZeroingOrShrinkingAnAtLeastOnWriteChildHidesTheParentThere()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Fill(0x70, 2 * (int)Page)));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.SnapshotAtLeastOnWrite | ChildOptions.Resizable, 0, 2 * Page));
        k.Expect(Status.ZxOk, new VmoOpRange(child, VmoOp.Zero, 0, Page));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("later")));
        Assert.Equal(new byte[5], k.Bytes(new VmoRead(child, 0, 5)));
        k.Expect(Status.ZxOk, new VmoSetSize(child, Page));
        k.Expect(Status.ZxOk, new VmoSetSize(child, 2 * Page));
        Assert.Equal(new byte[1], k.Bytes(new VmoRead(child, Page, 1)));
        Assert.Equal(new byte[] { 0x70 }, k.Bytes(new VmoRead(parent, Page, 1)));
    }

    [Fact]
    [Trait("spec", "INV-CHILD-01")]
    public void SnapshotModifiedOfAnAnonymousParentBehavesAsSnapshot()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("old")));
        var child = k.Handle(new VmoCreateChild(parent, ChildOptions.SnapshotModified, 0, Page));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("new")));
        Assert.Equal("old"u8.ToArray(), k.Bytes(new VmoRead(child, 0, 3)));
    }
}
