using VmoKernel.Abi;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>DiscardTransitions: what read, write and op_range may answer on discardable VMOs (INV-DISC-04..07, INV-LOCKLESS-01, -03..05).</summary>
public sealed partial class TransitionEdgeTests
{
    /// <summary>A regular discardable page, locked, written, unlocked and then discarded by reclaim: it refuses access.</summary>
    private static (KernelScript K, uint Vmo) DiscardedVmo()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("d")));
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.Unlock, 0, Page));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Warning));
        Assert.True(k.Vmo(v).RefusesAccess);
        return (k, v);
    }

    /// <summary>A lockless discardable VMO with one written page.</summary>
    private static (KernelScript K, uint Vmo) LocklessVmo()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.DiscardableLockless));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("l")));
        return (k, v);
    }

    /// <summary>Runs a call on the script, shows the model's step is not reported, and returns the state before it and the result.</summary>
    private static (KernelState Before, SyscallResult Result) Stepped(KernelScript k, Syscall call)
    {
        var before = k.State;
        var result = k.Call(call);
        Assert.Empty(Messages(before, call, result, k.State));
        return (before, result);
    }

    private static RecordValue WithField(RecordValue record, string name, Value value) =>
        new([.. record.Fields.Select(f => f.Name == name ? f with { Value = value } : f)]);

    private static KernelState WithDiscard(KernelState state, VmoState vmo, DiscardState discard) => state.WithVmo(vmo with { Discard = discard });

    [Fact]
    [Trait("must-fail-twin", "INV-LOCKLESS-01")]
    public void AReadOfALocklessVmoThatReturnedNotFoundBreaksInvLockless01()
    {
        var (k, v) = LocklessVmo();
        var call = new VmoRead(v, 0, 1);
        var (before, _) = Stepped(k, call);
        Assert.Equal(
            [$"INV-LOCKLESS-01: {call} of lockless VMO {k.Vmo(v).Koid} returned NOT_FOUND"],
            Messages(before, call, SyscallResult.Error(Status.ZxErrNotFound), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-04")]
    public void AReadOfADiscardedVmoThatSucceededBreaksInvDisc04()
    {
        var (k, v) = DiscardedVmo();
        var call = new VmoRead(v, 0, 1);
        var (before, refused) = Stepped(k, call);
        Assert.Equal(Status.ZxErrNotFound, refused.Status);
        Assert.Equal(
            [$"INV-DISC-04: {call} of discarded VMO {k.Vmo(v).Koid} succeeded"],
            Messages(before, call, SyscallResult.ZxOk(new BytesValue(KernelScript.Fill(0, 1))), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-04")]
    public void AWriteToADiscardedVmoThatSucceededBreaksInvDisc04()
    {
        var (k, v) = DiscardedVmo();
        var call = new VmoWrite(v, 0, KernelScript.Text("w"));
        var (before, refused) = Stepped(k, call);
        Assert.False(refused.Succeeded);
        Assert.Equal([$"INV-DISC-04: {call} of discarded VMO {k.Vmo(v).Koid} succeeded"], Messages(before, call, SyscallResult.ZxOk(), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-05")]
    public void ALockOfADiscardedVmoThatReportedNothingDiscardedBreaksInvDisc05()
    {
        var (k, v) = DiscardedVmo();
        var call = new VmoOpRange(v, VmoOp.Lock, 0, Page);
        var (before, result) = Stepped(k, call);
        var hidden = result with { Value = WithField(Assert.IsType<RecordValue>(result.Value), "discarded_size", Value.Int(0)) };
        Assert.Equal(
            [$"INV-DISC-05: LOCK of VMO {k.Vmo(v).Koid} (discarded: True) reported discarded_size 0"],
            Messages(before, call, hidden, k.State));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-07")]
    public void ALockThatReportedNothingAndKeptTheLockCountBreaksBothRules()
    {
        var (k, v) = DiscardedVmo();
        var call = new VmoOpRange(v, VmoOp.Lock, 0, Page);
        var (before, result) = Stepped(k, call);
        var hidden = result with { Value = WithField(Assert.IsType<RecordValue>(result.Value), "discarded_size", Value.Int(0)) };
        var vmo = k.Vmo(v);
        var unlocked = WithDiscard(k.State, vmo, vmo.Discard with { LockCount = 0 });
        Assert.Equal(
            [
                $"INV-DISC-05: LOCK of VMO {vmo.Koid} (discarded: True) reported discarded_size 0",
                $"INV-DISC-07: LOCK took VMO {vmo.Koid}'s lock count from 0 to 0",
            ],
            Messages(before, call, hidden, unlocked));
    }

    [Fact]
    public void TryLockOfADiscardedVmoIsUnavailable()
    {
        var (k, v) = DiscardedVmo();
        var (_, result) = Stepped(k, new VmoOpRange(v, VmoOp.TryLock, 0, Page));
        Assert.Equal(Status.ZxErrUnavailable, result.Status);
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-06")]
    public void TryLockOfAVmoNotDiscardedThatWasUnavailableBreaksInvDisc06()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        var call = new VmoOpRange(v, VmoOp.TryLock, 0, Page);
        var (before, _) = Stepped(k, call);
        Assert.Equal(
            [$"INV-DISC-06: TRY_LOCK of VMO {k.Vmo(v).Koid} was UNAVAILABLE though it was not discarded"],
            Messages(before, call, SyscallResult.Error(Status.ZxErrUnavailable), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-06")]
    public void TryLockOfADiscardedVmoThatSucceededBreaksInvDisc06()
    {
        var (k, v) = DiscardedVmo();
        var call = new VmoOpRange(v, VmoOp.TryLock, 0, Page);
        var before = k.State;
        Assert.Equal([$"INV-DISC-06: TRY_LOCK of discarded VMO {k.Vmo(v).Koid} succeeded"], Messages(before, call, SyscallResult.ZxOk(), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-07")]
    public void AnUnlockThatKeptTheLockCountBreaksInvDisc07()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        var call = new VmoOpRange(v, VmoOp.Unlock, 0, Page);
        var (before, result) = Stepped(k, call);
        Assert.True(result.Succeeded);
        Assert.Equal([$"INV-DISC-07: UNLOCK took VMO {k.Vmo(v).Koid}'s lock count from 1 to 1"], Messages(before, call, result, before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-DISC-07")]
    public void AnUnlockOfALockedVmoThatWasBadStateBreaksInvDisc07()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, VmoOptions.Discardable));
        k.Record(new VmoOpRange(v, VmoOp.Lock, 0, Page));
        var before = k.State;
        var call = new VmoOpRange(v, VmoOp.Unlock, 0, Page);
        Assert.Equal(
            [$"INV-DISC-07: UNLOCK of VMO {k.Vmo(v).Koid} at lock count 1 was BAD_STATE"],
            Messages(before, call, SyscallResult.Error(Status.ZxErrBadState), before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-LOCKLESS-05")]
    public void AlwaysNeedOnAPlainVmoThatFailedBreaksInvLockless05()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        var call = new VmoOpRange(v, VmoOp.AlwaysNeed, 0, Page);
        var (before, result) = Stepped(k, call);
        Assert.True(result.Succeeded);
        var refused = SyscallResult.Error(Status.ZxErrNotSupported);
        Assert.Equal([$"INV-LOCKLESS-05: {call} on a plain VMO returned ZX_ERR_NOT_SUPPORTED"], Messages(before, call, refused, before));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-LOCKLESS-03")]
    public void AlwaysNeedThatLeftTheVmoOnTheRegularListBreaksInvLockless03()
    {
        var (k, v) = LocklessVmo();
        var call = new VmoOpRange(v, VmoOp.AlwaysNeed, 0, Page);
        var (before, result) = Stepped(k, call);
        var vmo = k.Vmo(v);
        Assert.Equal(ReclaimList.Hinted, vmo.Discard.List);
        var regular = WithDiscard(k.State, vmo, vmo.Discard with { List = ReclaimList.Regular });
        Assert.Equal([$"INV-LOCKLESS-03: ALWAYS_NEED left VMO {vmo.Koid} on the Regular list"], Messages(before, call, result, regular));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-LOCKLESS-04")]
    public void DontNeedThatLeftTheVmoOnTheHintedListBreaksInvLockless04()
    {
        var (k, v) = LocklessVmo();
        k.Expect(Status.ZxOk, new VmoOpRange(v, VmoOp.AlwaysNeed, 0, Page));
        var call = new VmoOpRange(v, VmoOp.DontNeed, 0, Page);
        var (before, result) = Stepped(k, call);
        var vmo = k.Vmo(v);
        Assert.Equal(before.Vmos[vmo.Koid].CommittedChangeEvents + 1, vmo.CommittedChangeEvents);
        var hinted = WithDiscard(k.State, vmo, vmo.Discard with { List = ReclaimList.Hinted });
        Assert.Equal(
            [$"INV-LOCKLESS-04: DONT_NEED of VMO {vmo.Koid} (lock count 0): list Hinted, discarded True"],
            Messages(before, call, result, hinted));
    }
}
