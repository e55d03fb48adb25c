using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-MEM-01 and INV-MEM-02: every frame belongs to at most one page slot, is freed only while some
/// slot holds it, and free plus held frames always add up to the budget (no frame leaked, none
/// counted free twice). Held frames are the ones the latest facts of live VMOs show.
/// </summary>
public sealed class FrameOwnershipMonitor : KernelMonitor
{
    public const string OwnedOnceId = "INV-MEM-01";
    public const string NoLeakId = "INV-MEM-02";

    protected override void Check(CallLinearizedNotification n)
    {
        var held = Before.HeldFrames().Select(g => g.Key).ToHashSet();
        foreach (var move in n.Frames)
        {
            if (move.Owner is not null)
            {
                held.Add(move.Frame);
            }
            else
            {
                Require(held.Remove(move.Frame), () => $"{OwnedOnceId}: frame {move.Frame} was freed while no page slot held it (freed twice?) by {CallText.Of(n)}");
            }
        }
    }

    protected override void CheckAfter(CallLinearizedNotification n)
    {
        var held = After.HeldFrames();
        foreach (var frame in held.Where(g => g.Count() > 1))
        {
            Fail($"{OwnedOnceId}: frame {frame.Key} is held by {string.Join(" and ", frame.Select(s => $"VMO {s.Koid} page {s.Page}"))} after {CallText.Of(n)}");
        }

        if (n.FreeFrames is not null)
        {
            var used = (ulong)held.Count;
            Require(After.FreeFrames + used == After.TotalFrames,
                () => $"{NoLeakId}: {After.FreeFrames} free + {used} held frames = {After.FreeFrames + used}, not the budget of {After.TotalFrames}, after {CallText.Of(n)}");
        }
    }
}
