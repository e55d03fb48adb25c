using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using U = VmoKernel.Model.Invariants.HandleUse;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// The rights table of INV-RIGHTS-03 as records: what <see cref="HandleUse"/>'s factories build, how a
/// use reads its requirement, and the exact uses <see cref="HandleUses"/> gives the calls whose rights
/// depend on their arguments. Which uses may change contents is what INV-CHILD-01 trusts, and the
/// requirement text is what an INV-RIGHTS-01 violation prints.
/// </summary>
public sealed class HandleUseEdgeTests
{
    private const uint Vmo = 0x2b;

    private static U[] Uses(Syscall call) =>
        [.. HandleUses.Of(new Transition(KernelState.Fresh(), KernelState.InitialProcessKoid, call, SyscallResult.ZxOk(), KernelState.Fresh()))];

    [Fact]
    public void TheFactoriesBuildUsesThatChangeNothing()
    {
        Assert.Equal(new U("vmo", Vmo, Rights.Read, Rights.None, null, false), U.Needs("vmo", Vmo, Rights.Read));
        Assert.Equal(new U("vmo", Vmo, Rights.None, Rights.Io, null, false), U.NeedsOneOf("vmo", Vmo, Rights.Io));
        Assert.Equal(new U("vmo", Vmo, Rights.None, Rights.None, "why", false), U.NeedsNone("vmo", Vmo, "why"));
        Assert.True(U.Needs("vmo", Vmo, Rights.Read).Changing().MayChangeContents);
    }

    [Fact]
    public void TheRequirementReadsAsAllOfOneOfOrBoth()
    {
        Assert.Equal("Read, Map", U.Needs("vmo", Vmo, Rights.Read | Rights.Map).Required);
        Assert.Equal("one of Io", U.NeedsOneOf("vmo", Vmo, Rights.Io).Required);
        Assert.Equal("Map and one of Io", new U("vmo", Vmo, Rights.Map, Rights.Io, null, false).Required);
    }

    [Fact]
    public void OneOfIsSatisfiedByAnyOneRightButNotByNone()
    {
        var use = U.NeedsOneOf("vmo", Vmo, Rights.Io);
        Assert.True(use.IsSatisfiedBy(Rights.Write));
        Assert.True(use.IsSatisfiedBy(Rights.Read));
        Assert.False(use.IsSatisfiedBy(Rights.Map | Rights.Duplicate));
        var both = new U("vmo", Vmo, Rights.Map, Rights.Io, null, false);
        Assert.True(both.IsSatisfiedBy(Rights.Map | Rights.Read));
        Assert.False(both.IsSatisfiedBy(Rights.Io));
    }

    [Fact]
    public void ReadingAVmoNeedsReadAndChangesNothing() =>
        Assert.Equal([U.Needs("vmo", Vmo, Rights.Read)], Uses(new VmoRead(Vmo, 0, 1)));

    [Fact]
    public void AskingTheSizeNeedsNoRightAndChangesNothing() =>
        Assert.Equal(
            [new U("vmo", Vmo, Rights.None, Rights.None, "INV-RIGHTS-03 item 3: any VMO handle may ask its size", false)],
            Uses(new VmoGetSize(Vmo)));

    [Theory]
    [InlineData(VmoOp.Commit)]
    [InlineData(VmoOp.Decommit)]
    [InlineData(VmoOp.Zero)]
    [InlineData(VmoOp.CacheInvalidate)]
    public void OpsThatWriteNeedWrite(uint op) =>
        Assert.Equal([new U("vmo", Vmo, Rights.Write, Rights.None, null, true)], Uses(new VmoOpRange(Vmo, op, 0, 1)));

    [Theory]
    [InlineData(VmoOp.Lock)]
    [InlineData(VmoOp.TryLock)]
    [InlineData(VmoOp.Unlock)]
    public void LockOpsNeedReadOrWrite(uint op) =>
        Assert.Equal([new U("vmo", Vmo, Rights.None, Rights.Read | Rights.Write, null, true)], Uses(new VmoOpRange(Vmo, op, 0, 1)));

    [Theory]
    [InlineData(VmoOp.CacheSync)]
    [InlineData(VmoOp.CacheClean)]
    [InlineData(VmoOp.CacheCleanInvalidate)]
    [InlineData(VmoOp.Prefetch)]
    public void OpsThatReadNeedRead(uint op) =>
        Assert.Equal([new U("vmo", Vmo, Rights.Read, Rights.None, null, true)], Uses(new VmoOpRange(Vmo, op, 0, 1)));

    [Theory]
    [InlineData(VmoOp.DontNeed)]
    [InlineData(VmoOp.AlwaysNeed)]
    public void HintsNeedNoRight(uint op) =>
        Assert.Equal(
            [new U("vmo", Vmo, Rights.None, Rights.None, "INV-RIGHTS-03 item 5: the hints need no right", true)],
            Uses(new VmoOpRange(Vmo, op, 0, 1)));

    [Fact]
    public void MappingWithNoPermissionNeedsNoRightOfTheVmarAndMapOfTheVmo()
    {
        var call = new VmarMap(0x3b, 0, 0, Vmo, 0, 1);
        Assert.Equal(
            [
                U.NeedsNone("vmar", 0x3b, "INV-RIGHTS-03 item 11: no ZX_VM_PERM_* asked, so no right of the VMAR is needed"),
                U.Needs("vmo", Vmo, Rights.Map),
            ],
            Uses(call));
    }

    [Fact]
    public void MappingWithEveryPermissionNeedsThemOfBoth()
    {
        var call = new VmarMap(0x3b, VmOptions.PermRead | VmOptions.PermWrite | VmOptions.PermExecute, 0, Vmo, 0, 1);
        var perms = Rights.Read | Rights.Write | Rights.Execute;
        Assert.Equal([U.Needs("vmar", 0x3b, perms), U.Needs("vmo", Vmo, Rights.Map | perms)], Uses(call));
    }
}
