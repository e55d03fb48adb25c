using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>The generated VMO calls: create (every kind), child, size, read, write, op_range and transfer_data.</summary>
internal static class ZirconCallsVmo
{
    private const ulong Page = Workload.Page;

    private static readonly uint[] CreateOptions = [0, VmoOptions.Resizable, VmoOptions.Discardable, VmoOptions.DiscardableLockless];

    private static readonly uint[] ChildOptionSets =
    [
        ChildOptions.SnapshotAtLeastOnWrite, ChildOptions.Snapshot, ChildOptions.Slice, ChildOptions.Reference,
        ChildOptions.SnapshotModified, ChildOptions.Snapshot | ChildOptions.NoWrite, ChildOptions.SnapshotAtLeastOnWrite | ChildOptions.Resizable,
        0,
    ];

    /// <summary>Every op, with two numbers no op has (5 sits between UNLOCK and CACHE_SYNC).</summary>
    private static readonly uint[] Ops =
    [
        VmoOp.Commit, VmoOp.Decommit, VmoOp.Lock, VmoOp.Unlock, VmoOp.CacheSync, VmoOp.CacheInvalidate, VmoOp.CacheClean,
        VmoOp.CacheCleanInvalidate, VmoOp.Zero, VmoOp.TryLock, VmoOp.DontNeed, VmoOp.AlwaysNeed, VmoOp.Prefetch, 5, 99,
    ];

    public static async Task CreateAsync(ZirconCall c)
    {
        var size = ZirconEdges.Size(c.Caller);
        c.KeepVmo(await c.MakeHandleAsync(new VmoCreate(size, ZirconEdges.Options(c.Caller, CreateOptions))), size);
    }

    public static async Task CreateChildAsync(ZirconCall c)
    {
        var parent = c.Vmo();
        var offset = c.Offset(parent.Size);
        var size = c.Caller.Choose(4) == 0 ? ZirconEdges.Size(c.Caller) : c.Length(parent.Size, offset);
        var options = ZirconEdges.Options(c.Caller, ChildOptionSets);
        c.KeepVmo(await c.MakeHandleAsync(new VmoCreateChild(parent.Handle, options, offset, size)), size);
    }

    public static async Task CreateContiguousAsync(ZirconCall c)
    {
        var size = ZirconEdges.Size(c.Caller);
        var alignment = c.Caller.ChooseOne<uint>([0u, 12, 13, 64]);
        c.KeepVmo(await c.MakeHandleAsync(new VmoCreateContiguous(ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Bti), size, alignment)), size);
    }

    public static async Task CreatePhysicalAsync(ZirconCall c)
    {
        var size = ZirconEdges.Size(c.Caller);
        var address = c.Caller.ChooseOne<ulong>([0x2000_0000UL, 0x2000_0001, KernelLayout.FrameBase, ZirconEdges.TopPage]);
        c.KeepVmo(await c.MakeHandleAsync(new VmoCreatePhysical(ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Resource), address, size)), size);
    }

    public static Task GetSizeAsync(ZirconCall c) => c.MakeAsync(new VmoGetSize(c.Vmo().Handle));

    public static Task SetSizeAsync(ZirconCall c) => c.MakeAsync(new VmoSetSize(c.Vmo().Handle, ZirconEdges.Size(c.Caller)));

    public static Task ReadAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        var (offset, length) = c.Range(vmo);
        return c.MakeAsync(new VmoRead(vmo.Handle, offset, length));
    }

    public static Task WriteAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        return c.MakeAsync(new VmoWrite(vmo.Handle, c.Offset(vmo.Size), ZirconEdges.Data(c.Caller, c.Client)));
    }

    /// <summary>An op of the iteration's ops (every op, unless focused), over a range of a VMO.</summary>
    public static Task OpRangeAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        var (offset, length) = c.Range(vmo);
        return c.MakeAsync(new VmoOpRange(vmo.Handle, c.Caller.ChooseOne(c.Fixture.Ops ?? Ops), offset, length));
    }

    /// <summary>
    /// Any two VMOs (the same one too), ranges biased to pages inside both, so a move can fail part-way. When
    /// focused, the ends are two different VMOs of the family three times in four, either way round, with one
    /// draw for edges (<see cref="ZirconCall.Range"/>) and the source range inside the source, so transfers
    /// get past their argument checks and meet pins, accesses and transfers in the opposite direction.
    /// </summary>
    public static Task TransferDataAsync(ZirconCall c)
    {
        var destination = c.Vmo();
        if (c.Fixture.Family is null)
        {
            var source = c.Vmo();
            var offset = c.Offset(destination.Size);
            var length = c.Length(Math.Min(destination.Size, source.Size), Math.Min(offset, Math.Min(destination.Size, source.Size)));
            var sourceOffset = c.Offset(source.Size);
            var options = c.Caller.Choose(8) == 0 ? ZirconEdges.UnknownBit : 0;
            return c.MakeAsync(new VmoTransferData(destination.Handle, options, offset, length, source.Handle, sourceOffset));
        }

        var other = c.Caller.Choose(4) != 0 ? c.Other(destination) : c.Vmo();
        if (c.Caller.Choose(2) == 0)
        {
            (destination, other) = (other, destination);
        }

        var (to, count) = c.Range(destination);
        var from = count <= other.Size && count % Page == 0 ? (ulong)c.Caller.Choose((int)((other.Size - count) / Page) + 1) * Page : c.Offset(other.Size);
        return c.MakeAsync(new VmoTransferData(destination.Handle, 0, to, count, other.Handle, from));
    }
}
