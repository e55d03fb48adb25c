using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Rules;

/// <summary>LOCK / TRY_LOCK / UNLOCK and discard (D-4, D-5, D-8, D-12, D-13).</summary>
public sealed class DiscardableRules
{
    private const ulong Page = KernelLayout.PageSize;

    private static (KernelScript K, uint Vmo) Discarded(uint options = VmoOptions.Discardable)
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, options));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("data")));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, 2 * Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, 2 * Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        return (k, v);
    }

    [Fact]
    [Trait("spec", "INV-DISC-08")]
    public void LockWithoutReadOrWriteIsAccessDeniedBeforeNotSupported()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var bare = k.Handle(new HandleDuplicate(v, (uint)Rights.Duplicate));
        k.Expect(Status.ZxErrAccessDenied, new VmoOpRange(bare, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxErrNotSupported, new VmoOpRange(v, VmoOp.Lock, 0, 7));
    }

    [Fact]
    [Trait("spec", "INV-DISC-08")]
    public void TheLockRangeMustBeExactlyTheWholeVmoAndIsCheckedBeforeTheCount()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, VmoOptions.Discardable));
        k.Expect(Status.ZxErrOutOfRange, new VmoOpRange(v, VmoOp.Lock, Page, Page));
        k.Expect(Status.ZxErrOutOfRange, new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxErrOutOfRange, new VmoOpRange(v, VmoOp.Lock, ulong.MaxValue, 2));
        k.Expect(Status.ZxErrOutOfRange, new VmoOpRange(v, VmoOp.Unlock, 0, 3 * Page));
        k.Expect(Status.ZxErrBadState, new VmoOpRange(v, VmoOp.Unlock, 0, 2 * Page));
    }

    [Fact]
    [Trait("spec", "INV-DISC-01")]
    [Trait("spec", "INV-DISC-07")]
    public void LocksNestAndTheLastUnlockMakesTheVmoReclaimable()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("x")));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.TryLock, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Oom));
        Assert.Equal("x"u8.ToArray(), k.Bytes(new VmoRead(v, 0, 1)));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Oom));
        k.Expect(Status.ZxErrNotFound, new VmoRead(v, 0, 1));
        k.Expect(Status.ZxErrBadState, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
    }

    [Fact]
    [Trait("spec", "INV-DISC-02")]
    public void ANeverLockedDiscardableVmoIsNotReclaimedEvenAtOom()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("x")));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Oom));
        Assert.Equal("x"u8.ToArray(), k.Bytes(new VmoRead(v, 0, 1)));
    }

    [Fact]
    [Trait("spec", "INV-DISC-03")]
    public void ADiscardFreesEveryPageAndCountsOneChangeEvent()
    {
        var (k, v) = Discarded();
        Assert.Equal(0UL, k.State.Memory.Used);
        var info = k.Record(new ObjectGetInfo(v, InfoTopic.Vmo));
        Assert.Equal(Value.Int(1), info["committed_change_events"]);
        Assert.Equal(Value.Int(0), info["committed_bytes"]);
    }

    [Fact]
    [Trait("spec", "INV-DISC-04")]
    [Trait("spec", "INV-DISC-10")]
    public void ADiscardedRegularVmoRefusesReadWriteCommitAndPinButDecommitAndZeroHaveNothingToDo()
    {
        var (k, v) = Discarded();
        k.Expect(Status.ZxErrNotFound, new VmoRead(v, 0, 1));
        k.Expect(Status.ZxErrNotFound, new VmoWrite(v, 0, KernelScript.Text("y")));
        k.Expect(Status.ZxErrNotFound, new VmoOpRange(v, VmoOp.Commit, 0, Page));
        k.Expect(Status.ZxErrNotFound, new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 0, Page));
        var before = k.State;
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Zero, 10, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Decommit, 0, Page));
        Assert.Equal(before.Vmos, k.State.Vmos);
        Assert.Empty(k.Bytes(new VmoRead(v, 0, 0)));
    }

    [Fact]
    [Trait("spec", "INV-DISC-05")]
    [Trait("spec", "INV-DISC-06")]
    [Trait("spec", "INV-DISC-09")]
    public void TryLockOfADiscardedVmoIsUnavailableAndALaterLockReportsTheWholeVmo()
    {
        var (k, v) = Discarded();
        var before = k.State;
        k.Expect(Status.ZxErrUnavailable, new VmoOpRange(v, VmoOp.TryLock, 0, 2 * Page));
        Assert.Same(before, k.State);
        var st = k.Record(new VmoOpRange(v, VmoOp.Lock, 0, 2 * Page));
        Assert.Equal(Value.Int(0), st["discarded_offset"]);
        Assert.Equal(Value.Int(2 * Page), st["discarded_size"]);
        Assert.All(k.Bytes(new VmoRead(v, 0, 2 * Page)), b => Assert.Equal(0, b));
        var again = k.Record(new VmoOpRange(v, VmoOp.Lock, 0, 2 * Page));
        Assert.Equal(Value.Int(0), again["discarded_size"]);
    }

    [Fact]
    [Trait("spec", "INV-LOCKLESS-01")]
    [Trait("spec", "INV-LOCKLESS-02")]
    public void ALocklessVmoIsReclaimableFromCreationAndNeverFailsAfterADiscard()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("z")));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        Assert.Equal(new byte[1], k.Bytes(new VmoRead(v, 0, 1)));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("w")));
        Assert.Equal("w"u8.ToArray(), k.Bytes(new VmoRead(v, 0, 1)));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        Assert.Equal(Value.Int(2), k.Record(new ObjectGetInfo(v, InfoTopic.Vmo))["committed_change_events"]);
        Assert.Equal(Value.Int(Page), k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page))["discarded_size"]);
    }

    [Fact]
    [Trait("spec", "INV-RECLAIM-04")]
    public void ALocklessVmoWithoutPagesIsNotDiscardedAgain()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Oom));
        Assert.Equal(Value.Int(0), k.Record(new ObjectGetInfo(v, InfoTopic.Vmo))["committed_change_events"]);
    }
}
