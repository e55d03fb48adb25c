using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_object_get_info (INV-INFO-01).</summary>
public sealed class InfoRules
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "INV-INFO-02")]
    [Trait("spec", "INV-INFO-04")]
    public void InfoVmoNeedsAVmoHandleButNoRightAndReportsTheHandlesRights()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var bare = k.Handle(new HandleDuplicate(v, (uint)Rights.None));
        Assert.Equal(Value.Int(0), k.Record(new ObjectGetInfo(bare, InfoTopic.Vmo))["handle_rights"]);
        k.Expect(Status.ZxErrWrongType, new ObjectGetInfo(KernelScript.Bti, InfoTopic.Vmo));
        k.Expect(Status.ZxErrBadHandle, new ObjectGetInfo(0x7, InfoTopic.Vmo));
    }

    [Fact]
    [Trait("spec", "INV-INFO-02")]
    public void AnUnknownTopicIsNotSupportedBeforeTheHandleIsLookedAt()
    {
        var k = new KernelScript();
        k.Expect(Status.ZxErrNotSupported, new ObjectGetInfo(0x7, 99));
    }

    [Fact]
    [Trait("spec", "INV-INFO-01")]
    [Trait("spec", "INV-INFO-03")]
    public void APhysicalVmoReportsPhysicalContiguousAndNoCommittedBytes()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreatePhysical(KernelScript.RootResource, 0x1000_0000, 2 * Page));
        var info = k.Record(new ObjectGetInfo(v, InfoTopic.Vmo));
        Assert.Equal(Value.Int(InfoVmoFlags.Contiguous | InfoVmoFlags.ViaHandle), info["flags"]);
        Assert.Equal(Value.Int(0), info["committed_bytes"]);
    }

    [Fact]
    [Trait("spec", "INV-INFO-01")]
    [Trait("spec", "INV-INFO-03")]
    [Trait("spec", "INV-MEM-04")]
    public void APlainVmoReportsPagedViaHandleAndItsCommittedBytes()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Commit, 1, Page));
        var info = k.Record(new ObjectGetInfo(v, InfoTopic.Vmo));
        Assert.Equal(Value.Int(InfoVmoFlags.TypePaged | InfoVmoFlags.ViaHandle), info["flags"]);
        Assert.Equal(Value.Int(2 * Page), info["committed_bytes"]);
        Assert.Equal(Value.Int(2 * Page), info["size_bytes"]);
        Assert.Equal(Value.Int(1028), info["koid"]);
    }

    [Fact]
    [Trait("spec", "INV-HANDLE-08")]
    public void HandleBasicReportsKoidRightsAndType()
    {
        var k = new KernelScript();
        var info = k.Record(new ObjectGetInfo(KernelScript.RootVmar, InfoTopic.HandleBasic));
        Assert.Equal(Value.Int(1025), info["koid"]);
        Assert.Equal(Value.Int(ObjectType.Vmar), info["type"]);
        Assert.Equal(Value.Int((ulong)Rights.DefaultVmar), info["rights"]);
    }
}
