using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>
/// The reclaimer at a pressure level (<see cref="Level"/>, a <see cref="PressureLevel"/> number) over
/// the modelled VMOs, mirroring model/Syscalls/Reclaim.cs: it discards every eligible VMO (D-6,
/// <see cref="Discarding.IsEligible"/>), and discarding one never changes another's eligibility, so
/// the least-recently-unlocked order does not change the state it ends in.
/// </summary>
public sealed record Reclaim(BitVecExpr Level)
{
    public static Reclaim Fresh(Terms t) => new(t.Const("call.level", t.Ctx.MkBitVecSort(8)));

    public StepOutcome Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var discards = s.Vmos.ToDictionary(v => v.Index, v => Discarding.IsEligible(t, v, Level, mutant));
        var after = Discarding.DiscardWhere(t, s, v => discards[v.Index]);
        var defines = ctx.MkBVULE(Level, ctx.MkBV((int)PressureLevel.Oom, 8));
        return new StepOutcome(after, t.StatusOf(Status.Ok), defines);
    }
}
