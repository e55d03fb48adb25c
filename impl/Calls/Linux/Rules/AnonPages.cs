using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Anonymous pages and their frames: a page lives in the world's pool under the frame that backs it, named
/// by private entries (several after fork, copy-on-write) or by a shared object. A frame goes back to
/// physical memory exactly when nothing names it any more (INV-LINUX-01).
/// </summary>
internal static class AnonPages
{
    /// <summary>Gives back the frames of pages no entry and no shared object names any more, and drops shared objects no area shows.</summary>
    public static void Collect(CallContext context)
    {
        var world = context.Linux;
        var shown = world.Mms.Values.SelectMany(mm => mm.Areas.Values).Where(a => a.Has(AreaFlags.Shared)).Select(a => a.Shm).ToHashSet();
        var shm = world.Shm;
        foreach (var gone in world.Shm.Keys.Where(id => !shown.Contains(id)).ToList())
        {
            shm = shm.Remove(gone);
        }

        var named = world.Mms.Values.SelectMany(mm => mm.Entries.Values).Where(e => e.Kind == EntryKind.Frame).Select(e => e.Frame)
            .Concat(shm.Values.SelectMany(o => o.Frames.Values)).ToHashSet();
        var pages = world.Pages;
        foreach (var frame in world.Pages.Keys.Where(f => !named.Contains(f)).ToList())
        {
            pages = pages.Remove(frame);
            context.Free(frame);
        }

        context.Linux = world with { Pages = pages, Shm = shm };
    }

    /// <summary>How many private entries, in every mm, name <paramref name="frame"/> (more than one: copy-on-write).</summary>
    public static int References(LinuxWorldState world, ulong frame) =>
        world.Mms.Values.Sum(mm => mm.Entries.Values.Count(e => e.Kind == EntryKind.Frame && e.Frame == frame));

    /// <summary>Takes a frame for a new page holding <paramref name="data"/>; false when physical memory has none free.</summary>
    public static bool TryNew(CallContext context, ByteString data, out ulong frame)
    {
        frame = 0;
        if (!context.TryAllocate(1, out var frames))
        {
            return false;
        }

        frame = frames[0];
        context.Effects.RecordFrame(new Notifications.FrameMove(frame, Notifications.FrameMove.LinuxPage, 0));
        context.Linux = context.Linux with { Pages = context.Linux.Pages.SetItem(frame, new AnonPage(frame, data)) };
        return true;
    }

    public static ByteString Data(LinuxWorldState world, ulong frame) => world.Pages[frame].Data;

    public static ByteString Blank { get; } = ByteString.Zeros((int)LinuxPages.Size);
}
