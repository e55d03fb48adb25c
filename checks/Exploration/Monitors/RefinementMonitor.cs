using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// REF-01: every kernel result equals the model's result for the same call at its linearization point;
/// REF-02: every VMO the call changed, in either kernel, looks the same in both afterwards.
/// The monitor owns a fresh model and steps it with each linearized call, in linearization order, as
/// the calling process; statuses and values must be equal, physical addresses up to a consistent
/// renaming (<see cref="PhysicalAddressRenaming"/>). The VMOs the call changed must also look the same in
/// both: alive or destroyed, size, lock count, number of committed pages and whether they are discarded.
/// "Changed" is taken from both sides: the VMOs the kernel reports, and the VMOs the model's step
/// changed, created or destroyed (a VMO the kernel forgot to report, or destroyed while the model keeps
/// it, is compared too; an unreported VMO is compared as the kernel last reported it).
/// A call that blocks (L-18) linearizes each blocked run and its final run; the model is stepped the same
/// way (<see cref="LinearizedModel"/>), so a blocked run must block in the model too.
/// </summary>
public sealed class RefinementMonitor : KernelMonitor
{
    public const string SpecId = "REF-01";

    /// <summary>The observable-state half of refinement: the VMOs a call changed look the same in both kernels.</summary>
    public const string ObservableStateSpecId = "REF-02";

    private readonly LinearizedModel _model = new();
    private readonly PhysicalAddressRenaming _renaming = new();

    protected override void Check(CallLinearizedNotification n)
    {
        var modelBefore = _model.State.Vmos;
        var expected = _model.Step(n, out var problem);
        Require(expected is not null, () => $"{SpecId}: p{n.Process}: {CallText.Of(n.Call)}: {problem}");
        var difference = LinearizedModel.BothBlocked(n.Result, expected!) ? null : _renaming.Compare(n.Process, n.Call, n.Result, expected!);
        Require(difference is null, () => $"{SpecId}: p{n.Process}: {CallText.Of(n.Call)} returned {difference}");
        foreach (var (koid, observable) in ObservableState.Differences(modelBefore, _model.State.Vmos, n.Vmos, Before.Vmo))
        {
            Fail($"{ObservableStateSpecId}: after {CallText.Of(n)}, VMO {koid} {observable}");
        }
    }
}
