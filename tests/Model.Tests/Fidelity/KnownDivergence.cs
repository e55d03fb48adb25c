using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>
/// A place where the model answers differently from Fuchsia's check order on purpose, with the
/// decision in spec/decisions.md that records why (a seed wins, or the model does not model a
/// kernel structure). The generator's property fails on any disagreement none of these explains.
/// </summary>
public sealed record KnownDivergence(string Decision, string What, Func<Disagreement, bool> Explains)
{
    private const ulong Page = 4096;

    public static readonly IReadOnlyList<KnownDivergence> All =
    [
        new("D-1", "transfer_data with one VMO on both sides and equal offsets: seed 001 says INVALID_ARGS, the kernel a no-op",
            d => d.Call is VmoTransferData && d.Predicted == Status.ZxOk && d.Actual == Status.ZxErrInvalidArgs && d.SameVmo),
        new("D-3", "transfer_data from a source with a parent or children: seed 001's removable constraint (BAD_STATE); the kernel accepts it",
            d => d.Call is VmoTransferData && d.Actual == Status.ZxErrBadState && d.SourceHasFamily),
        new("D-3", "transfer_data checks both ranges before the source's pins (the kernel: the whole source, then the destination)",
            d => d.Call is VmoTransferData && d.Predicted == Status.ZxErrBadState && d.Actual == Status.ZxErrOutOfRange),
        new("D-28", "DECOMMIT of a VMO with a live snapshot child: the kernel's hidden parent refuses it, the model has none",
            d => d.Call is VmoOpRange { Op: VmoOp.Decommit } && d.Predicted == Status.ZxErrNotSupported && d.OwnerHasLiveSnapshotChild),
    ];

    public static KnownDivergence? Explaining(Disagreement d) => All.FirstOrDefault(k => k.Explains(d));
}

/// <summary>One call where the oracle's prediction and the model's status differ, with the facts triage reads.</summary>
public sealed record Disagreement(Syscall Call, Status Predicted, Status Actual, bool SameVmo, bool SourceHasFamily, bool OwnerHasLiveSnapshotChild)
{
    public static Disagreement Of(OracleWorldState world, Syscall call, Status predicted, Status actual)
    {
        OracleVmo? Vmo(uint handle) => world.Handles.GetValueOrDefault(handle)?.Vmo;
        var (dst, src) = call is VmoTransferData x ? (Vmo(x.Dst), Vmo(x.Src)) : (null, null);
        var owner = call is VmoOpRange o ? Vmo(o.Vmo)?.Owner.Owner : null;
        return new Disagreement(
            call,
            predicted,
            actual,
            dst is not null && ReferenceEquals(dst, src),
            src is not null && (src.Parent is { Alive: true } || src.HasLiveChildren),
            owner is not null && owner.Children.Any(c => c.Kind == OracleKind.Snapshot && c.Alive));
    }

    public override string ToString() => $"{Call}: Fuchsia's order gives {StatusNames.Name(Predicted)}, the model {StatusNames.Name(Actual)}";
}
