using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs.Linux;

/// <summary>
/// INV-LINUX-02 over every call that changes an area's VM_LOCKED (seed 003 (e); decision L-5): one
/// arbitrary area of one mm, and one symbolic call among mlock, munlock, mlockall, mmap (the area it
/// creates, MAP_LOCKED or under MCL_FUTURE), fork (the child's copy), munlockall and every other call (which leaves
/// the flag alone). VmLck is the size of the VM_LOCKED areas (L-20), so an area that is never both
/// droppable and locked is never counted.
/// </summary>
public static class DroppableLockObligations
{
    /// <summary>The calls the encoding tells apart, as the 8-bit <c>call.kind</c>.</summary>
    private enum LockCall
    {
        Mlock,
        Munlock,
        Mlockall,
        Mmap,
        Fork,
        Munlockall,
        Other,
    }

    /// <summary>
    /// INV-LINUX-02: Inv(a) ∧ Step(a, call, a') ⇒ ¬(droppable_a' ∧ locked_a'), where Inv(a) is the same
    /// for the area before: mlock and mlockall(MCL_CURRENT) skip droppable areas, mmap refuses
    /// MAP_DROPPABLE | MAP_LOCKED and does not apply MCL_FUTURE to a droppable area, fork's copy is unlocked.
    /// </summary>
    public static ObligationQuery DroppableAreaIsNeverLocked(Terms t, Mutant mutant)
    {
        var ctx = t.Ctx;
        var kind = t.Const("call.kind", t.SlotSort);
        var (covers, current, future) = (t.Flag("call.covers_area"), t.Flag("call.mcl_current"), t.Flag("call.mcl_future"));
        var (mapLocked, mapDroppable) = (t.Flag("call.map_locked"), t.Flag("call.map_droppable"));
        var (exists, droppable, locked, lockFuture) = (t.Flag("area.exists"), t.Flag("area.droppable"), t.Flag("area.locked"), t.Flag("mm.lock_future"));

        BoolExpr Is(LockCall call) => ctx.MkEq(kind, t.Slot((int)call));

        // mlock_fixup leaves a VM_DROPPABLE area unlocked (6.11); the mutant forgets to.
        var lockable = mutant == Mutant.MlockLocksDroppable ? ctx.MkTrue() : ctx.MkNot(droppable);
        var mmapRefused = ctx.MkAnd(mapDroppable, mapLocked);
        var lockedAfter = (BoolExpr)ctx.MkITE(Is(LockCall.Mlock), ctx.MkOr(locked, ctx.MkAnd(covers, lockable)),
            ctx.MkITE(Is(LockCall.Munlock), ctx.MkAnd(locked, ctx.MkNot(covers)),
            ctx.MkITE(Is(LockCall.Mlockall), ctx.MkITE(current, lockable, locked),
            ctx.MkITE(Is(LockCall.Mmap), ctx.MkAnd(ctx.MkOr(mapLocked, lockFuture), ctx.MkNot(mapDroppable)),
            ctx.MkITE(Is(LockCall.Fork), ctx.MkFalse(),
            ctx.MkITE(Is(LockCall.Munlockall), ctx.MkFalse(), locked))))));
        var droppableAfter = (BoolExpr)ctx.MkITE(Is(LockCall.Mmap), mapDroppable, droppable);
        var existsAfter = (BoolExpr)ctx.MkITE(Is(LockCall.Mmap), ctx.MkNot(mmapRefused), exists);

        var invariant = ctx.MkImplies(exists, ctx.MkNot(ctx.MkAnd(droppable, locked)));
        var premise = ctx.MkAnd(invariant, ctx.MkBVULE(kind, t.Slot((int)LockCall.Other)), ctx.MkImplies(Is(LockCall.Mlockall), ctx.MkOr(current, future)));
        var hypothesis = ctx.MkAnd(existsAfter, droppableAfter);
        return new ObligationQuery(
            premise,
            ctx.MkAnd(hypothesis, lockedAfter),
            null,
            null,
            "a locking call",
            [
                new CallArgument("call", [kind], v => ((LockCall)(int)ModelText.Value(v[0])).ToString().ToLowerInvariant()),
                CallArgument.Flag("covers_area", covers),
                CallArgument.Flag("MCL_CURRENT", current),
                CallArgument.Flag("MCL_FUTURE", future),
                CallArgument.Flag("MAP_LOCKED", mapLocked),
                CallArgument.Flag("MAP_DROPPABLE", mapDroppable),
            ],
            null,
            [],
            [])
        {
            Hypothesis = hypothesis,
            States =
            [
                ("before", [CallArgument.Flag("exists", exists), CallArgument.Flag("droppable", droppable), CallArgument.Flag("VM_LOCKED", locked), CallArgument.Flag("MCL_FUTURE", lockFuture)]),
                ("after", [CallArgument.Flag("exists", existsAfter), CallArgument.Flag("droppable", droppableAfter), CallArgument.Flag("VM_LOCKED", lockedAfter)]),
            ],
        };
    }
}
