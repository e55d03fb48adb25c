using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// Anonymous pages and the frames behind them. A page takes one frame from the physical memory the
/// Zircon side uses (L-3); a page no page-table entry and no shared object names any more gives its
/// frame back (<see cref="Collect"/>), so frames stay accounted across both surfaces (INV-LINUX-FRAMES-01).
/// </summary>
public static class LinuxPages
{
    public const ulong PageSize = KernelLayout.PageSize;

    public static ulong PageOf(ulong address) => address & ~(PageSize - 1);

    /// <summary>A new page holding <paramref name="data"/>; false (no change) when no frame is free.</summary>
    public static bool TryNew(KernelState state, ByteString data, out KernelState after, out ulong page)
    {
        if (!state.Memory.TryAllocate(out var memory, out var frame))
        {
            after = state;
            page = 0;
            return false;
        }

        var world = state.Linux.TakeId(out page);
        after = state with { Memory = memory, Linux = world with { Pages = world.Pages.Add(page, new LinuxPage(frame, data)) } };
        return true;
    }

    /// <summary>How many page-table entries and shared-object slots name <paramref name="page"/> (copy-on-write shares).</summary>
    public static int References(LinuxWorld world, ulong page) =>
        world.Processes.Values.Sum(p => p.Ptes.Values.Count(e => e.Page == page))
        + world.SharedObjects.Values.Sum(o => o.Pages.Values.Count(v => v == page));

    /// <summary>Drops shared objects no VMA shows and pages nothing names, returning their frames.</summary>
    public static KernelState Collect(KernelState state)
    {
        var world = state.Linux;
        var shown = world.Processes.Values.SelectMany(p => p.Vmas.Values).Where(v => v.Object != 0).Select(v => v.Object).ToHashSet();
        var objects = world.SharedObjects.Where(o => shown.Contains(o.Key)).ToDictionary();
        var live = world.Processes.Values.SelectMany(p => p.Ptes.Values).Where(e => e.HasFrame).Select(e => e.Page)
            .Concat(objects.Values.SelectMany(o => o.Pages.Values)).ToHashSet();
        var memory = state.Memory;
        var pages = world.Pages;
        foreach (var (id, page) in world.Pages.Where(p => !live.Contains(p.Key)))
        {
            memory = memory.Release(page.Frame);
            pages = pages.Remove(id);
        }

        return pages.Count == world.Pages.Count && objects.Count == world.SharedObjects.Count
            ? state
            : state with { Memory = memory, Linux = world with { Pages = pages, SharedObjects = world.SharedObjects.RemoveRange(world.SharedObjects.Keys.Where(k => !objects.ContainsKey(k))) } };
    }
}
