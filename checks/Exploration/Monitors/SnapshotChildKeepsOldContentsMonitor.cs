using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Model;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-XFER-03: snapshot children of a transfer's destination keep the contents they had. The monitor
/// keeps its own model as the record of what each snapshot child holds; once a transfer has landed in a
/// VMO, every read of one of its snapshot children must return what the model's child holds.
/// </summary>
public sealed class SnapshotChildKeepsOldContentsMonitor : KernelMonitor
{
    public const string SpecId = "INV-XFER-03";

    private readonly ModelKernel _model = new();
    private readonly HashSet<ulong> _transferDestinations = [];

    protected override void Check(CallLinearizedNotification n)
    {
        var before = _model.State;
        var expected = _model.Invoke(n.Process, n.Call);
        switch (n.Call)
        {
            case VmoTransferData transfer when n.Result.Succeeded && Koid(before, n.Process, transfer.Dst) is { } destination:
                _transferDestinations.Add(destination);
                CheckChildrenUntouched(n, before, destination);
                break;
            case VmoRead read when Koid(before, n.Process, read.Vmo) is { } child
                && before.Vmos.TryGetValue(child, out var vmo)
                && vmo.Parent is { Kind: ChildKind.Snapshot, ParentKoid: var parent }
                && _transferDestinations.Contains(parent):
                Require(n.Result.Equals(expected),
                    () => $"{SpecId}: snapshot child {child} of VMO {parent} read {n.Result} after a transfer into its parent; it holds {expected}");
                break;
            default:
                break;
        }
    }

    /// <summary>A transfer into a VMO takes no frame from, and gives none to, its snapshot children.</summary>
    private void CheckChildrenUntouched(CallLinearizedNotification n, KernelState before, ulong destination)
    {
        foreach (var facts in n.Vmos)
        {
            if (before.Vmos.TryGetValue(facts.Koid, out var vmo) && vmo.Parent is { Kind: ChildKind.Snapshot } link
                && link.ParentKoid == destination && Before.Vmo(facts.Koid) is { } old && !old.Frames.SequenceEqual(facts.Frames))
            {
                Fail($"{SpecId}: {CallText.Of(n)} changed the pages of snapshot child {facts.Koid} of its destination {destination}: frames [{string.Join(", ", old.Frames.Values)}] -> [{string.Join(", ", facts.Frames.Values)}]");
            }
        }
    }

    private static ulong? Koid(KernelState state, ulong process, uint handle) =>
        state.Processes.TryGetValue(process, out var p) && p.Handles.TryGetValue(handle, out var entry) ? entry.Koid : null;
}
