using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The status of zx_vmo_read(A, offset, length), mirroring model/Syscalls/VmoRead.cs: READ; physical
/// (NOT_SUPPORTED); wrapping or past the size (OUT_OF_RANGE); length 0 is ZX_OK; a discarded, unlocked
/// regular discardable VMO (NOT_FOUND, D-5); a length no buffer holds (INVALID_ARGS). The bytes read
/// are <see cref="SymbolicVmo.ReadPage"/> of each page.
/// </summary>
public static class ReadEncoding
{
    public static BitVecExpr StatusOf(Terms t, SymbolicVmo a, SymbolicHandle handle, BitVecExpr offset, BitVecExpr length, Mutant mutant)
    {
        var ctx = t.Ctx;
        var refuses = mutant == Mutant.LocklessReadFailsAfterDiscard
            ? ctx.MkAnd(a.Discardable, a.Discarded, ctx.MkEq(a.LockCount, t.U64(0)))
            : a.RefusesAccess(t);
        var checks = new List<(BoolExpr, Status)>(handle.Checks(t, Rights.Read))
        {
            (a.Physical, Abi.Status.ZxErrNotSupported),
            (ctx.MkNot(RangeArithmetic.Within(t, mutant, offset, length, a.Size)), Abi.Status.ZxErrOutOfRange),
        };
        var empty = ctx.MkEq(length, t.U64(0));
        var rest = t.Ite(
            empty,
            t.StatusOf(Abi.Status.ZxOk),
            t.Ite(refuses, t.StatusOf(Abi.Status.ZxErrNotFound), t.Ite(ctx.MkBVUGT(length, t.U64(VmoLimits.MaxReadLength)), t.StatusOf(Abi.Status.ZxErrInvalidArgs), t.StatusOf(Abi.Status.ZxOk))));
        return t.FirstFailure(checks, rest);
    }
}
