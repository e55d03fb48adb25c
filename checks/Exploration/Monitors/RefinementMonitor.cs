using VmoKernel.Kernel.Notifications;
using VmoKernel.Model;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// REF-01: every kernel result equals the model's result for the same call at its linearization point.
/// The monitor owns a fresh model and steps it with each linearized call, in linearization order, as
/// the calling process; statuses and values must be equal, physical addresses up to a consistent
/// renaming (<see cref="PhysicalAddressRenaming"/>).
/// </summary>
public sealed class RefinementMonitor : KernelMonitor
{
    public const string SpecId = "REF-01";

    private readonly ModelKernel _model = new();
    private readonly PhysicalAddressRenaming _renaming = new();

    /// <summary>The model's state after every linearized call so far.</summary>
    internal ModelKernel Model => _model;

    protected override void Check(CallLinearizedNotification n)
    {
        var expected = _model.Invoke(n.Process, n.Call);
        var difference = _renaming.Compare(n.Process, n.Call, n.Result, expected);
        Require(difference is null, () => $"{SpecId}: p{n.Process}: {CallText.Of(n.Call)} returned {difference}");
    }
}
