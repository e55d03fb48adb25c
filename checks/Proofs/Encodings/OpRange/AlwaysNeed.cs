using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_ALWAYS_NEED, mirroring model/Syscalls/OpRange/AlwaysNeed.cs (<see cref="HintOpChecks"/>):
/// a discardable A moves to the hinted list (INV-LOCKLESS-03).
/// </summary>
public static class AlwaysNeed
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var (status, acts) = HintOpChecks.Check(t, s, call, mutant);
        var listed = s.WithVmo(s.A with { Hinted = t.Ctx.MkTrue() });
        return (status, SymbolicKernel.Ite(t, acts, listed, s));
    }
}
