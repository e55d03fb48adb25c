using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-XFER-01: a transfer that fails with any status but NO_MEMORY leaves both VMOs unchanged: no
/// frame moves, and every VMO it shows has the size and page-to-frame map it had before the call.
/// </summary>
public sealed class FailedTransferChangesNothingMonitor : KernelMonitor
{
    public const string SpecId = "INV-XFER-01";

    protected override void Check(CallLinearizedNotification n)
    {
        if (n.Call is not VmoTransferData || n.Result.Succeeded || n.Result.Status == Status.ZxErrNoMemory)
        {
            return;
        }

        Require(n.Frames.IsEmpty, () => $"{SpecId}: {CallText.Of(n)} failed but moved frames: {string.Join(", ", n.Frames.Select(CallText.Of))}");
        foreach (var vmo in n.Vmos)
        {
            if (Before.Vmo(vmo.Koid) is not { } before)
            {
                continue;
            }

            var changed = before.Frames.Keys.Union(vmo.Frames.Keys)
                .Where(page => before.Frames.GetValueOrDefault(page, ulong.MaxValue) != vmo.Frames.GetValueOrDefault(page, ulong.MaxValue))
                .Select(page => $"page {page}: frame {Render(before.Frames, page)} -> {Render(vmo.Frames, page)}")
                .ToList();
            Require(changed.Count == 0 && before.Size == vmo.Size,
                () => $"{SpecId}: {CallText.Of(n)} failed but VMO {vmo.Koid} changed: size {before.Size} -> {vmo.Size}; {string.Join("; ", changed)}");
        }
    }

    private static string Render(ImmutableSortedDictionary<ulong, ulong> frames, ulong page) =>
        frames.TryGetValue(page, out var frame) ? frame.ToString() : "none";
}
