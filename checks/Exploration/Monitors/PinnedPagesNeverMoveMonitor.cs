using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-PIN-01: a pinned (VMO, page) keeps its frame until unpinned. The monitor records the frame of
/// every page from the moment it is first seen pinned; at every later linearization point that shows
/// the VMO, a still-pinned page must hold the same frame, and no frame move may carry a pinned frame
/// out of its slot. Pins the call released are forgotten first: an unpin that releases the last pin of a
/// VMO whose handles are all closed destroys it and frees its frames in that same call, which is right
/// (the Generated harness found the monitor flagging it).
/// </summary>
public sealed class PinnedPagesNeverMoveMonitor : KernelMonitor
{
    public const string SpecId = "INV-PIN-01";

    private readonly Dictionary<(ulong Koid, ulong Page), ulong> _pinned = [];

    protected override void Check(CallLinearizedNotification n)
    {
        foreach (var vmo in n.Vmos)
        {
            foreach (var key in _pinned.Keys.Where(k => k.Koid == vmo.Koid && vmo.Pins.GetValueOrDefault(k.Page) <= 0).ToList())
            {
                _pinned.Remove(key);
            }
        }

        foreach (var move in n.Frames)
        {
            var slot = _pinned.FirstOrDefault(p => p.Value == move.Frame);
            if (slot.Key != default && (move.Owner != slot.Key.Koid || move.Page != slot.Key.Page))
            {
                Fail($"{SpecId}: frame {move.Frame} pinned at VMO {slot.Key.Koid} page {slot.Key.Page} was moved to {(move.Owner is { } o ? $"VMO {o} page {move.Page}" : "the free list")} by {CallText.Of(n)}");
            }
        }

        foreach (var vmo in n.Vmos)
        {
            foreach (var ((koid, page), frame) in _pinned.Where(p => p.Key.Koid == vmo.Koid))
            {
                var now = vmo.Frames.TryGetValue(page, out var f) ? f.ToString() : "no frame";
                Require(now == frame.ToString(), () => $"{SpecId}: page {page} of VMO {koid} moved from frame {frame} to {now} while pinned, by {CallText.Of(n)}");
            }

            foreach (var (page, pins) in vmo.Pins.Where(p => p.Value > 0))
            {
                if (!_pinned.ContainsKey((vmo.Koid, page)) && vmo.Frames.TryGetValue(page, out var frame))
                {
                    _pinned[(vmo.Koid, page)] = frame;
                }
            }
        }
    }
}
