using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>zx_vmar_map / unmap and loads and stores (INV-MAP-*).</summary>
public sealed class MappingRules
{
    private const ulong Page = KernelLayout.PageSize;
    private static readonly uint Vmar = KernelScript.RootVmar;

    [Fact]
    [Trait("spec", "INV-MAP-02")]
    public void ARegularDiscardableVmoNeedsAllowFaultsButALocklessOneDoesNot()
    {
        var k = new KernelScript();
        var regular = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        var lockless = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxErrNotSupported, new VmarMap(Vmar, VmOptions.PermRead, 0, regular, 0, Page));
        k.Int(new VmarMap(Vmar, VmOptions.PermRead | VmOptions.AllowFaults, 0, regular, 0, Page));
        k.Int(new VmarMap(Vmar, VmOptions.PermRead, 0, lockless, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-MAP-04")]
    [Trait("spec", "INV-RIGHTS-01")]
    public void MappingNeedsTheMapRightAndTheRightsOfItsPermissions()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var noMap = k.Handle(new HandleDuplicate(v, (uint)Rights.Read));
        var readMap = k.Handle(new HandleDuplicate(v, (uint)(Rights.Read | Rights.Map)));
        k.Expect(Status.ZxErrAccessDenied, new VmarMap(Vmar, VmOptions.PermRead, 0, noMap, 0, Page));
        k.Expect(Status.ZxErrAccessDenied, new VmarMap(Vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, readMap, 0, Page));
        k.Expect(Status.ZxErrInvalidArgs, new VmarMap(Vmar, VmOptions.PermWrite, 0, readMap, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-MAP-05")]
    public void FirstFitPlacesMappingsAtTheLowestFreeAddress()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        var a = k.Int(new VmarMap(Vmar, VmOptions.PermRead, 0, v, 0, 2 * Page));
        var b = k.Int(new VmarMap(Vmar, VmOptions.PermRead, 0, v, 0, 1));
        Assert.Equal(KernelLayout.RootVmarBase, a);
        Assert.Equal(a + (2 * Page), b);
        k.Expect(Status.ZxOk, new VmarUnmap(Vmar, a, Page));
        Assert.Equal(a, k.Int(new VmarMap(Vmar, VmOptions.PermRead, 0, v, 0, Page)));
        k.Expect(Status.ZxErrAlreadyExists, new VmarMap(Vmar, VmOptions.PermRead | VmOptions.Specific, 0, v, 0, Page));
        Assert.Equal(a + (8 * Page), k.Int(new VmarMap(Vmar, VmOptions.PermRead | VmOptions.Specific, 8 * Page, v, 0, Page)));
    }

    [Fact]
    [Trait("spec", "INV-MAP-03")]
    public void AccessBeyondTheVmoOrWithoutPermissionFaultsAndChangesNothing()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var a = k.Int(new VmarMap(Vmar, VmOptions.PermRead | VmOptions.AllowFaults, 0, v, 0, 2 * Page));
        k.Expect(Status.Fault, new MemRead(a + Page, 1));
        k.Expect(Status.Fault, new MemRead(a + Page - 1, 2));
        var before = k.State;
        k.Expect(Status.Fault, new MemWrite(a, KernelScript.Text("w")));
        k.Expect(Status.Fault, new MemRead(KernelLayout.RootVmarBase - 1, 1));
        Assert.Same(before, k.State);
    }

    [Fact]
    [Trait("spec", "INV-MAP-01")]
    [Trait("spec", "INV-MAP-07")]
    [Trait("spec", "INV-DISC-04")]
    public void StoresThroughAMappingReachTheVmoAndADiscardedVmoFaults()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        var a = k.Int(new VmarMap(Vmar, VmOptions.PermRead | VmOptions.PermWrite | VmOptions.AllowFaults, 0, v, 0, Page));
        k.Expect(Status.Ok, new MemWrite(a + 3, KernelScript.Text("hi")));
        Assert.Equal("hi"u8.ToArray(), k.Bytes(new VmoRead(v, 3, 2)));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        k.Expect(Status.Fault, new MemRead(a, 1));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        Assert.Equal(new byte[2], k.Bytes(new MemRead(a + 3, 2)));
    }

    [Fact]
    [Trait("spec", "INV-MAP-06")]
    public void UnmapChecksAlignmentAndSplitsAStraddlingMapping()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(3 * Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 2 * Page, KernelScript.Text("t")));
        var a = k.Int(new VmarMap(Vmar, VmOptions.PermRead, 0, v, 0, 3 * Page));
        k.Expect(Status.ZxErrInvalidArgs, new VmarUnmap(Vmar, a + 1, Page));
        k.Expect(Status.ZxErrInvalidArgs, new VmarUnmap(Vmar, a, 0));
        k.Expect(Status.ZxOk, new VmarUnmap(Vmar, a + Page, Page));
        k.Expect(Status.Fault, new MemRead(a + Page, 1));
        Assert.Equal("t"u8.ToArray(), k.Bytes(new MemRead(a + (2 * Page), 1)));
    }
}
