using VmoKernel.Kernel.Notifications;
using VmoKernel.Model;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// REF-01: every kernel result equals the model's result for the same call at its linearization point;
/// REF-02: the VMOs the call changed look the same in both kernels afterwards.
/// The monitor owns a fresh model and steps it with each linearized call, in linearization order, as
/// the calling process; statuses and values must be equal, physical addresses up to a consistent
/// renaming (<see cref="PhysicalAddressRenaming"/>). The VMOs the call changed must also look the same in
/// both: size, lock count, number of committed pages and whether they are discarded.
/// </summary>
public sealed class RefinementMonitor : KernelMonitor
{
    public const string SpecId = "REF-01";

    /// <summary>The observable-state half of refinement: the VMOs a call changed look the same in both kernels.</summary>
    public const string ObservableStateSpecId = "REF-02";

    private readonly ModelKernel _model = new();
    private readonly PhysicalAddressRenaming _renaming = new();

    protected override void Check(CallLinearizedNotification n)
    {
        var expected = _model.Invoke(n.Process, n.Call);
        var difference = _renaming.Compare(n.Process, n.Call, n.Result, expected);
        Require(difference is null, () => $"{SpecId}: p{n.Process}: {CallText.Of(n.Call)} returned {difference}");
        foreach (var facts in n.Vmos)
        {
            var observable = ObservableDifference(facts);
            Require(observable is null, () => $"{ObservableStateSpecId}: after {CallText.Of(n)}, VMO {facts.Koid} {observable}");
        }
    }

    /// <summary>How the kernel's VMO differs from the model's in what a caller can observe, or null.</summary>
    private string? ObservableDifference(VmoFacts facts)
    {
        if (!_model.State.Vmos.TryGetValue(facts.Koid, out var vmo))
        {
            return facts.Destroyed ? null : "exists in the kernel but not in the model";
        }

        var kernel = (facts.Size, LockCount: (ulong)Math.Max(facts.LockCount, 0), Pages: facts.Frames.Count, facts.Discarded);
        var model = (vmo.Size, vmo.Discard.LockCount, Pages: vmo.Pages.Count, vmo.Discard.Discarded);
        return facts.Destroyed || kernel == model
            ? null
            : $"has size {kernel.Size}, lock count {facts.LockCount}, {kernel.Pages} committed page(s), discarded {kernel.Discarded}; the model: size {model.Size}, lock count {model.LockCount}, {model.Pages} page(s), discarded {model.Discarded}";
    }
}
