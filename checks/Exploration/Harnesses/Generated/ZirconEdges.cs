using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The argument values a generated Zircon call draws: mostly ones that get past the argument checks (a page
/// inside the object, a valid handle of a shared object), one time in six an edge (0, 1, page - 1, a page,
/// one past the end, the size, 2^64 - page, 2^64 - 1), so calls reach both the checks and the state other
/// threads change.
/// </summary>
internal static class ZirconEdges
{
    private const ulong Page = Workload.Page;

    /// <summary>One time in <c>EdgeOdds</c> a value is an edge rather than an ordinary one.</summary>
    private const int EdgeOdds = 6;

    /// <summary>An option bit no call defines.</summary>
    public const uint UnknownBit = 1u << 30;

    /// <summary>The last page below 2^64.</summary>
    public const ulong TopPage = ulong.MaxValue - Page + 1;

    public static bool Edge(KernelCaller caller) => caller.Choose(EdgeOdds) == 0;

    /// <summary>A page-aligned range of whole pages inside an object of <paramref name="size"/> bytes, never an edge.</summary>
    public static (ulong Offset, ulong Length) PageRange(KernelCaller caller, ulong size)
    {
        var offset = (ulong)caller.Choose((int)(size / Page)) * Page;
        return (offset, (ulong)(caller.Choose((int)((size - offset) / Page)) + 1) * Page);
    }

    /// <summary>The edge values measured from an object of <paramref name="size"/> bytes.</summary>
    private static ulong[] Edges(ulong size) => [0, 1, Page - 1, Page, size - Page, size, size + Page, TopPage, ulong.MaxValue];

    /// <summary>An offset into an object of <paramref name="size"/> bytes: a page inside it, or an edge.</summary>
    public static ulong Offset(KernelCaller caller, ulong size) =>
        Edge(caller) ? caller.ChooseOne(Edges(size)) : (ulong)caller.Choose((int)(size / Page)) * Page;

    /// <summary>A length from <paramref name="offset"/> in an object of <paramref name="size"/> bytes: whole pages up to the end, or an edge.</summary>
    public static ulong Length(KernelCaller caller, ulong size, ulong offset) =>
        Edge(caller) || offset >= size || offset % Page != 0
            ? caller.ChooseOne(Edges(size))
            : (ulong)(caller.Choose((int)((size - offset) / Page)) + 1) * Page;

    /// <summary>A size for a new or resized object: one to three pages, or an edge up to and past the largest VMO.</summary>
    public static ulong Size(KernelCaller caller) =>
        Edge(caller)
            ? caller.ChooseOne<ulong>([0, 1, Page - 1, VmoLimits.MaxSize, VmoLimits.MaxSize + 1, TopPage, ulong.MaxValue])
            : (ulong)(caller.Choose(3) + 1) * Page;

    /// <summary>Bytes to write: a page or two most of the time, else none, one, or a page less one.</summary>
    public static ByteString Data(KernelCaller caller, int client) =>
        Workload.Fill((byte)(0x30 + client), Edge(caller) ? caller.ChooseOne<ulong>([0UL, 1, Page - 1]) : (ulong)(caller.Choose(2) + 1) * Page);

    /// <summary>Options: one of the valid ones most of the time, else 0-less nonsense (an unknown bit, all bits).</summary>
    public static uint Options(KernelCaller caller, IReadOnlyList<uint> valid) =>
        Edge(caller) ? caller.ChooseOne<uint>([UnknownBit, uint.MaxValue, valid[0] | UnknownBit]) : caller.ChooseOne(valid);

    /// <summary>
    /// A VMO of the process: one time in six a handle that must fail, else the iteration's focus half the
    /// time (three times in four when <paramref name="focused"/>), or any set-up made, or one this thread made.
    /// </summary>
    public static ZirconVmo Vmo(KernelCaller caller, ZirconProcessObjects objects, ZirconOwned owned, int focus, bool focused)
    {
        if (Edge(caller))
        {
            return new ZirconVmo(caller.ChooseOne(objects.BadVmoHandles), objects.Vmos[0].Size);
        }

        var mine = owned.Vmos.Where(v => v.Process == objects.Koid).Select(v => v.Vmo).ToList();
        return caller.Choose(focused ? 8 : 4) switch
        {
            0 when mine.Count > 0 => caller.ChooseOne(mine),
            0 or 1 => caller.ChooseOne(objects.Vmos),
            _ => objects.Vmos[focus % objects.Vmos.Count],
        };
    }

    /// <summary>A handle of the given right kind, or one time in six a VMO, a closed or an invalid handle.</summary>
    public static uint Handle(KernelCaller caller, ZirconProcessObjects objects, uint right) =>
        Edge(caller) ? caller.ChooseOne<uint>([objects.Vmos[0].Handle, objects.BadVmoHandles[0], objects.BadVmoHandles[1]]) : right;

    /// <summary>Rights for a duplicate or a replacement: the same, fewer (no WRITE, no MAP), none, or unknown bits.</summary>
    public static uint Rights(KernelCaller caller) => caller.ChooseOne<uint>(
    [
        (uint)Abi.Rights.SameRights, (uint)Abi.Rights.DefaultVmo, (uint)(Abi.Rights.Basic | Abi.Rights.Read | Abi.Rights.Map),
        (uint)(Abi.Rights.Basic | Abi.Rights.Io), 0u, UnknownBit, (uint)Abi.Rights.SameRights | (uint)Abi.Rights.Read,
    ]);

    /// <summary>An address to load, store or unmap at: in the process's mapping, in one this thread made, or an edge.</summary>
    public static ulong Address(KernelCaller caller, ZirconProcessObjects objects, ZirconOwned owned)
    {
        if (Edge(caller))
        {
            return caller.ChooseOne<ulong>([0UL, KernelLayout.RootVmarBase, objects.MapAddress + 1, objects.MapAddress - Page, objects.MapAddress + objects.MapSize, TopPage]);
        }

        var mine = owned.Mappings.Where(m => m.Process == objects.Koid).ToList();
        if (mine.Count > 0 && caller.Choose(3) == 0)
        {
            var (_, address, length) = caller.ChooseOne(mine);
            return address + ((ulong)caller.Choose((int)Math.Max(1, length / Page)) * Page);
        }

        return objects.MapAddress + ((ulong)caller.Choose((int)(objects.MapSize / Page)) * Page);
    }
}
