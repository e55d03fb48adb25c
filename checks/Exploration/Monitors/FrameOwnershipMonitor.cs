using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-MEM-01 and INV-MEM-02: every frame belongs to at most one page slot, is freed only while some
/// slot holds it, and free plus held frames always add up to the budget (no frame leaked, none
/// counted free twice). Held frames are the ones the latest facts of live VMOs show, plus (INV-LINUX-01)
/// the frames of the Linux surface's anonymous pages as the latest call that held the Linux world left
/// them: the two surfaces share physical memory (L-3), so no frame backs both a VMO slot and an
/// anonymous page, and the budget counts both.
/// </summary>
public sealed class FrameOwnershipMonitor : KernelMonitor
{
    public const string OwnedOnceId = "INV-MEM-01";
    public const string NoLeakId = "INV-MEM-02";
    public const string AcrossSurfacesId = "INV-LINUX-01";

    protected override void Check(CallLinearizedNotification n)
    {
        var held = Before.HeldFrames().Select(g => g.Key).Concat(Before.AnonFrames).ToHashSet();
        var freed = new HashSet<ulong>();
        foreach (var move in n.Frames)
        {
            if (move.Owner is not null)
            {
                held.Add(move.Frame);
                continue;
            }

            // A Linux call allocates without recording a move (its pages show in its facts), so a frame it
            // took and gave back within the call was never seen held; freeing one twice still fails here.
            var wasHeld = held.Remove(move.Frame);
            var first = freed.Add(move.Frame);
            Require(wasHeld || (n.Linux is not null && first),
                () => $"{OwnedOnceId}: frame {move.Frame} was freed while no page slot held it (freed twice?) by {CallText.Of(n)}");
        }
    }

    protected override void CheckAfter(CallLinearizedNotification n)
    {
        var held = After.HeldFrames();
        foreach (var frame in held.Where(g => g.Count() > 1))
        {
            Fail($"{OwnedOnceId}: frame {frame.Key} is held by {string.Join(" and ", frame.Select(s => $"VMO {s.Koid} page {s.Page}"))} after {CallText.Of(n)}");
        }

        var anon = After.AnonFrames;
        foreach (var frame in anon.Where(f => held.Contains(f)))
        {
            Fail($"{AcrossSurfacesId}: frame {frame} backs an anonymous page and {string.Join(" and ", held[frame].Select(s => $"VMO {s.Koid} page {s.Page}"))} after {CallText.Of(n)}");
        }

        if (n.FreeFrames is not null)
        {
            var used = (ulong)held.Count + (ulong)anon.Count;
            var id = anon.Count > 0 ? AcrossSurfacesId : NoLeakId;
            var total = ObservedKernel.Budget(After.FreeFrames, used);
            Require(total == After.TotalFrames,
                () => $"{id}: {After.FreeFrames} free + {held.Count} VMO + {anon.Count} anonymous frames = {total}, not the budget of {After.TotalFrames}, after {CallText.Of(n)}");
        }
    }
}
