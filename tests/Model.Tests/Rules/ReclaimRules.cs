using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>reclaim(level) and the hints (D-6, D-7): levels, lists, LRU order, locks and pins.</summary>
public sealed class ReclaimRules
{
    private const ulong Page = KernelLayout.PageSize;

    private static uint Unlocked(KernelScript k, string data, uint options = VmoOptions.Discardable)
    {
        var v = k.Handle(new VmoCreate(Page, options));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text(data)));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        return v;
    }

    [Fact]
    [Trait("spec", "INV-RECLAIM-01")]
    public void ReclaimAtNormalPressureDiscardsNothing()
    {
        var k = new KernelScript();
        Unlocked(k, "a");
        var before = k.State;
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Normal));
        Assert.Same(before, k.State);
    }

    [Fact]
    [Trait("spec", "INV-RECLAIM-01")]
    [Trait("spec", "INV-LOCKLESS-03")]
    public void AnAlwaysNeedHintedVmoSurvivesCriticalAndGoesAtAlmostOom()
    {
        var k = new KernelScript();
        var v = Unlocked(k, "a");
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.AlwaysNeed, 0, 1));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Critical));
        Assert.Equal("a"u8.ToArray(), k.Bytes(new VmoRead(v, 0, 1)));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.AlmostOom));
        k.Expect(Status.ZxErrNotFound, new VmoRead(v, 0, 1));
    }

    [Fact]
    [Trait("spec", "INV-DISC-01")]
    [Trait("spec", "INV-RECLAIM-03")]
    public void ALockedVmoAndAPinnedVmoAreNeverDiscarded()
    {
        var k = new KernelScript();
        var locked = Unlocked(k, "l");
        k.Record(new VmoOpRange(locked, VmoOp.Lock, 0, Page));
        var pinned = Unlocked(k, "p");
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, pinned, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Oom));
        Assert.Equal("l"u8.ToArray(), k.Bytes(new VmoRead(locked, 0, 1)));
        Assert.Equal("p"u8.ToArray(), k.Bytes(new VmoRead(pinned, 0, 1)));
    }

    [Fact]
    [Trait("spec", "INV-RECLAIM-02")]
    [Trait("spec", "INV-MEM-05")]
    public void TheLeastRecentlyUnlockedVmoIsDiscardedFirstSoItsFrameIsReusedLast()
    {
        var k = new KernelScript();
        var older = Unlocked(k, "o");
        var newer = Unlocked(k, "n");
        var olderFrame = k.Vmo(older).Pages[0].Frame;
        var newerFrame = k.Vmo(newer).Pages[0].Frame;
        k.Record(new VmoOpRange(older, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(older, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        var fresh = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoOpRange(fresh, VmoOp.Commit, 0, Page));
        Assert.Equal(olderFrame, k.Vmo(fresh).Pages[0].Frame);
        Assert.NotEqual(newerFrame, olderFrame);
    }

    [Fact]
    [Trait("spec", "INV-LOCKLESS-05")]
    public void HintsOnAPlainVmoAreOkWithoutARangeCheck()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.DontNeed, ulong.MaxValue, ulong.MaxValue));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.AlwaysNeed, ulong.MaxValue, 5));
    }

    [Fact]
    [Trait("spec", "INV-LOCKLESS-07")]
    public void HintsOnADiscardableVmoCheckTheRange()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxErrOutOfRange, new VmoOpRange(v, VmoOp.DontNeed, Page, 1));
        k.Expect(Status.ZxErrOutOfRange, new VmoOpRange(v, VmoOp.AlwaysNeed, ulong.MaxValue, 2));
    }

    [Fact]
    [Trait("spec", "INV-LOCKLESS-04")]
    public void DontNeedDiscardsAnUnlockedVmoAtOnceButNotALockedOne()
    {
        var k = new KernelScript();
        var v = Unlocked(k, "d");
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.DontNeed, 0, Page));
        Assert.Equal("d"u8.ToArray(), k.Bytes(new VmoRead(v, 0, 1)));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.DontNeed, 0, Page));
        k.Expect(Status.ZxErrNotFound, new VmoRead(v, 0, 1));
    }

    [Fact]
    [Trait("spec", "INV-LOCKLESS-04")]
    public void DontNeedMovesAHintedVmoBackToTheRegularList()
    {
        var k = new KernelScript();
        var v = Unlocked(k, "h");
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.AlwaysNeed, 0, Page));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.DontNeed, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        k.Expect(Status.ZxErrNotFound, new VmoRead(v, 0, 1));
    }
}
