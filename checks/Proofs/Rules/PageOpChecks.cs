using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Rules;

/// <summary>
/// The checks DECOMMIT and ZERO (and COMMIT, not encoded) on VMO A open with, mirroring
/// model/Rules/PageOpChecks.Refused: WRITE (ACCESS_DENIED), then a physical VMO, which has no pages to
/// manage (NOT_SUPPORTED). Each op appends its own checks to the list.
/// </summary>
public static class PageOpChecks
{
    public static List<(BoolExpr, Status)> Refusals(Terms t, SymbolicKernel s, Encodings.VmoOpRange call) =>
    [
        (t.Ctx.MkNot(call.Has(t, Rights.Write)), Status.ZxErrAccessDenied),
        (s.A.Physical, Status.ZxErrNotSupported),
    ];
}
