using System.Buffers.Binary;
using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The generated address-space and process calls: map, unmap, loads and stores, process_create,
/// process_getinfo and process_madvise over several processes, and the control calls reclaim and set_free_frames.
/// </summary>
internal static class ZirconCallsSpace
{
    private const ulong Page = Workload.Page;

    private static readonly uint[] MapOptions =
    [
        VmOptions.PermRead | VmOptions.PermWrite, VmOptions.PermRead, VmOptions.PermRead | VmOptions.PermWrite | VmOptions.MapRange,
        VmOptions.PermRead | VmOptions.Specific, 0, VmOptions.PermWrite, VmOptions.PermRead | VmOptions.RequireNonResizable,
    ];

    private static readonly uint[] Advice = [ProcessInfoOptions.MadvWillNeed, ProcessInfoOptions.MadvDontNeed, ProcessInfoOptions.MadvCold, 99];

    public static async Task MapAsync(ZirconCall c)
    {
        var vmo = c.Vmo();
        var options = ZirconEdges.Options(c.Caller, MapOptions);
        var vmarOffset = (options & VmOptions.Specific) != 0 ? c.Caller.ChooseOne<ulong>([0UL, 1, 0x10_0000, KernelLayout.RootVmarSize]) : 0;
        var offset = c.Offset(vmo.Size);
        var length = c.Length(vmo.Size, offset);
        var vmar = ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Vmar);
        if (await c.MakeAsync(new VmarMap(vmar, options, vmarOffset, vmo.Handle, offset, length)) is { Succeeded: true, Value: IntValue address })
        {
            c.Owned.Mappings.Add((c.Process, address.Number, length));
        }
    }

    /// <summary>Unmaps part of a mapping this thread made, of the shared one, or an edge range.</summary>
    public static Task UnmapAsync(ZirconCall c)
    {
        var address = ZirconEdges.Address(c.Caller, c.Objects, c.Owned);
        var length = c.Caller.Choose(4) == 0 ? c.Caller.ChooseOne<ulong>([0UL, 1, ZirconEdges.TopPage, ulong.MaxValue]) : (ulong)(c.Caller.Choose(2) + 1) * Page;
        return c.MakeAsync(new VmarUnmap(ZirconEdges.Handle(c.Caller, c.Objects, c.Objects.Vmar), address, length));
    }

    public static Task LoadAsync(ZirconCall c) =>
        c.MakeAsync(new MemRead(ZirconEdges.Address(c.Caller, c.Objects, c.Owned), c.Caller.ChooseOne<ulong>([Page, 2 * Page, 1, 0])));

    public static Task StoreAsync(ZirconCall c) =>
        c.MakeAsync(new MemWrite(ZirconEdges.Address(c.Caller, c.Objects, c.Owned), ZirconEdges.Data(c.Caller, c.Client)));

    /// <summary>process_create; the koid it returns is the frontier other calls name the next process after.</summary>
    public static async Task ProcessCreateAsync(ZirconCall c)
    {
        if (await c.MakeAsync(new ProcessCreate()) is { Succeeded: true, Value: IntValue koid })
        {
            c.Processes.Frontier = Math.Max(c.Processes.Frontier, koid.Number);
        }
    }

    /// <summary>Facts about one to three of the processes (one named twice, or a koid no process has), while other threads change them.</summary>
    public static Task GetinfoAsync(ZirconCall c)
    {
        var flags = c.Caller.ChooseOne<uint>([0u, ProcessInfoOptions.DummyOnDenied, 2u]);
        var mask = c.Caller.ChooseOne<ulong>([ProcessInfoOptions.KnownMask, ProcessInfoOptions.VmSeq, 0UL, 1UL << 63]);
        var buffer = c.Caller.ChooseOne<ulong>([4096UL, 4096, 0, ProcessInfoOptions.HeaderBytes + ProcessInfoOptions.ProcrecBytes, ulong.MaxValue]);
        return c.MakeAsync(new ProcessGetinfo(Koids(c), flags, mask, buffer));
    }

    /// <summary>Advice over ranges of a process's mapping, with the vm_seq a getinfo just read half the time (else a guess).</summary>
    public static async Task MadviseAsync(ZirconCall c)
    {
        var target = c.Caller.Choose(6) == 0 ? 1UL : Koid(c);
        var objects = c.Fixture.Of(target);
        var ranges = Enumerable.Range(0, c.Caller.Choose(3))
            .Select(_ => (ZirconEdges.Address(c.Caller, objects, new ZirconOwned()), c.Caller.ChooseOne<ulong>([Page, 2 * Page, 0, 1])))
            .ToList();
        var vmSeq = c.Caller.Choose(2) == 0 ? await VmSeqAsync(c, target) : c.Caller.ChooseOne<ulong>([0UL, 1, 2, ulong.MaxValue]);
        var flags = c.Caller.Choose(8) == 0 ? 1u : 0;
        await c.MakeAsync(new ProcessMadvise(target, [.. ranges], c.Caller.ChooseOne(Advice), flags, vmSeq));
    }

    public static Task ReclaimAsync(ZirconCall c) => c.MakeAsync(new Reclaim(c.Caller.ChooseOne(Workload.Levels)));

    /// <summary>Few frames (none, one, four) a time in four; else plenty, so the memory runs out only sometimes.</summary>
    public static Task SetFreeFramesAsync(ZirconCall c) =>
        c.MakeAsync(new SetFreeFrames(c.Caller.Choose(4) == 0 ? c.Caller.ChooseOne<ulong>([0UL, 1, 4]) : KernelLayout.InitialFreeFrames));

    /// <summary>One to three koids: the processes mostly (or the next ones, <see cref="Koid"/>); one time in six 0 or the koid of an object that is not a process.</summary>
    private static ImmutableArray<ulong> Koids(ZirconCall c)
    {
        var count = c.Caller.Choose(3) + 1;
        return [.. Enumerable.Range(0, count).Select(_ => c.Caller.Choose(6) == 0 ? c.Caller.ChooseOne<ulong>([0UL, KernelLayout.FirstKoid + 4]) : Koid(c))];
    }

    /// <summary>
    /// A process's koid; when focused, one time in three the koid the next or the one after next process_create
    /// will return (koids are handed out in order), so a call may name a process a concurrent create is making.
    /// </summary>
    private static ulong Koid(ZirconCall c) =>
        c.Processes is { Focused: true, Stride: > 0 } processes && c.Caller.Choose(3) == 0
            ? processes.Frontier + ((ulong)(c.Caller.Choose(2) + 1) * processes.Stride)
            : c.Processes.Pick(c.Caller);

    /// <summary>The target's vm_seq as a getinfo made now reads it (0 when the call fails): in the procrec after the header, vm_seq follows two u32 and three u64 (koid, handle_count, committed_bytes).</summary>
    private static async Task<ulong> VmSeqAsync(ZirconCall c, ulong target)
    {
        var result = await c.MakeAsync(new ProcessGetinfo([target], 0, ProcessInfoOptions.VmSeq, 4096));
        const int VmSeqAt = (int)ProcessInfoOptions.HeaderBytes + 32;
        return result is { Succeeded: true, Value: RecordValue record } && record["buffer"] is BytesValue { Bytes.Length: >= VmSeqAt + 8 } bytes
            ? BinaryPrimitives.ReadUInt64LittleEndian(bytes.Bytes.Bytes.AsSpan(VmSeqAt, 8))
            : 0;
    }
}
