using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>
/// zx_handle_close of a handle to A, mirroring model/Syscalls/HandleClose.cs and model/Rules/Lifetime.cs:
/// the VMO dies with its last handle unless a mapping, a PMT or a live view child holds it, and a dead
/// VMO frees its frames. The handle is one of A's, so the call has no argument left to choose.
/// </summary>
public static class HandleClose
{
    /// <summary>
    /// Closes one handle to A; the last reference destroys A (INV-HANDLE-02): it frees every frame it
    /// owns, leaves its parent's children, and its own children lose their parent (a snapshot keeps
    /// what it captured). Closing the last reference of a view child is not encoded (Defines): its
    /// parent may be held by nothing else and die with it (model/Rules/Lifetime.cs).
    /// </summary>
    public static StepOutcome Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var dies = ctx.MkAnd(ctx.MkEq(a.Handles, t.U64(1)), ctx.MkEq(a.Mappings, t.U64(0)), ctx.MkNot(a.HasPinnedPage(t)), ctx.MkNot(a.HasLiveViews));
        var closed = s.WithVmo(a with { Handles = ctx.MkBVSub(a.Handles, t.U64(1)) });
        var freed = mutant == Mutant.CloseLeaksFrames ? closed : closed.FreeFramesOf(t, v => ctx.MkBool(v.Index == a.Index));
        var destroyed = freed.WithVmo(freed.A with { Alive = ctx.MkFalse(), Committed = Terms.Constant(ctx.MkFalse()) }) with { CIsSnapshotOfA = ctx.MkFalse() };
        foreach (var other in s.Vmos.Where(v => v.Index != a.Index))
        {
            destroyed = destroyed.WithVmo(destroyed.Vmos[other.Index] with
            {
                Children = t.Ite(a.IsChildOf(t, other), ctx.MkBVSub(other.Children, t.U64(1)), other.Children),
                HasParent = ctx.MkAnd(other.HasParent, ctx.MkNot(other.IsChildOf(t, a))),
            });
        }

        var defines = ctx.MkAnd(a.Alive, ctx.MkBVUGE(a.Handles, t.U64(1)), ctx.MkNot(ctx.MkAnd(dies, a.IsView(t))));
        return new StepOutcome(SymbolicKernel.Ite(t, dies, destroyed, closed), t.StatusOf(Status.ZxOk), defines);
    }
}
