using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>
/// The status of zx_vmo_read(vmo, offset, length) of A, mirroring model/Syscalls/VmoRead.cs: READ;
/// physical (NOT_SUPPORTED); wrapping or past the size (OUT_OF_RANGE); length 0 is ZX_OK; a discarded,
/// unlocked regular discardable VMO (NOT_FOUND, D-5); a length no buffer holds (INVALID_ARGS). The
/// bytes read are <see cref="SymbolicVmo.ReadPage"/> of each page; a read changes no state.
/// </summary>
public sealed record VmoRead(SymbolicHandle Vmo, BitVecExpr Offset, BitVecExpr Length)
{
    /// <summary>Fresh arguments named <c>{prefix}.vmo</c>, <c>{prefix}.offset</c>, <c>{prefix}.length</c>.</summary>
    public static VmoRead Fresh(Terms t, string prefix) =>
        new(SymbolicHandle.Fresh(t, $"{prefix}.vmo"), t.Word64($"{prefix}.offset"), t.Word64($"{prefix}.length"));

    public BitVecExpr StatusOf(Terms t, SymbolicVmo a, Mutant mutant)
    {
        var ctx = t.Ctx;
        var refuses = mutant == Mutant.LocklessReadFailsAfterDiscard
            ? ctx.MkAnd(a.Discardable, a.Discarded, ctx.MkEq(a.LockCount, t.U64(0)))
            : a.RefusesAccess(t);
        var checks = new List<(BoolExpr, Status)>(Vmo.Checks(t, Rights.Read))
        {
            (a.Physical, Status.ZxErrNotSupported),
            (ctx.MkNot(SymbolicRanges.InRange(t, mutant, Offset, Length, a.Size)), Status.ZxErrOutOfRange),
        };
        var empty = ctx.MkEq(Length, t.U64(0));
        var rest = t.Ite(
            empty,
            t.StatusOf(Status.ZxOk),
            t.Ite(refuses, t.StatusOf(Status.ZxErrNotFound), t.Ite(ctx.MkBVUGT(Length, t.U64(VmoLimits.MaxReadLength)), t.StatusOf(Status.ZxErrInvalidArgs), t.StatusOf(Status.ZxOk))));
        return t.FirstFailure(checks, rest);
    }
}
