using FsCheck;
using FsCheck.Fluent;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Properties;

/// <summary>
/// The one place generators live. Values are biased toward edges: offsets and sizes near 2^64 and the
/// maximum VMO size, unaligned values, exact (0, size) lock ranges, pins, discardable VMOs followed by
/// reclaim, tiny free-frame budgets, bogus handles next to real ones.
/// </summary>
public static class ModelArbitraries
{
    private const ulong Page = KernelLayout.PageSize;

    private static readonly ulong[] EdgeValues =
    [
        0, 1, 17, Page - 1, Page, Page + 1, 2 * Page, 3 * Page, 4 * Page, 1UL << 32, 1UL << 63,
        VmoLimits.MaxSize, VmoLimits.MaxSize + Page, ulong.MaxValue, ulong.MaxValue - Page + 1, ulong.MaxValue - (2 * Page) + 1,
        ulong.MaxValue - Page,
    ];

    public static Arbitrary<CallScript> Scripts() => Arb.From(ScriptGen(), Shrink);

    /// <summary>A few well-formed VMOs first (so later calls mostly name real objects), then anything.</summary>
    public static Gen<CallScript> ScriptGen() =>
        from setupCount in Gen.Choose(1, 4)
        from setup in Gen.ArrayOf(SetupGen(), setupCount)
        from count in Gen.Choose(1, 24)
        from calls in Gen.ArrayOf(CallGen(), count)
        select new CallScript([.. setup.SelectMany(s => s), .. calls]);

    /// <summary>A small VMO of some kind, written to, and for discardable ones locked and unlocked once.</summary>
    private static Gen<CallTemplate[]> SetupGen() =>
        from pages in Gen.Choose(1, 4)
        from options in Gen.Elements(0u, 0u, VmoOptions.Resizable, VmoOptions.Discardable, VmoOptions.DiscardableLockless)
        from fill in Gen.Elements<byte>(0x41, 0x53, 0xff)
        let none = new HandleRef(0, false)
        let size = (ulong)pages * Page
        select new[]
        {
            new CallTemplate(CallKind.Create, none, none, size, 0, 0, options, 0, 0, false, false),
            new CallTemplate(CallKind.Write, none, none, Page / 2, 0, 0, 0, fill, (int)Page, false, false),
            new CallTemplate(CallKind.OpRange, none, none, 0, 0, 0, VmoOp.Lock, 0, 0, true, false),
            new CallTemplate(CallKind.OpRange, none, none, 0, 0, 0, VmoOp.Unlock, 0, 0, true, false),
        };

    private static IEnumerable<CallScript> Shrink(CallScript script) =>
        Enumerable.Range(0, script.Calls.Length).Select(i => new CallScript(script.Calls.RemoveAt(i)));

    public static Gen<CallTemplate> CallGen() =>
        from kind in KindGen()
        from first in HandleGen()
        from second in HandleGen()
        from a in kind == CallKind.Transfer ? TransferValueGen() : ValueGen()
        from b in kind == CallKind.Transfer ? TransferValueGen() : ValueGen()
        from c in kind == CallKind.Transfer ? TransferValueGen() : ValueGen()
        from flags in FlagsGen(kind)
        from fill in Gen.Elements<byte>(0, 0x41, 0xff)
        from length in Gen.Elements(0, 1, 5, 4096, 4097, 8192)
        from exact in Gen.Frequency((1, Gen.Constant(false)), (kind is CallKind.OpRange or CallKind.Pin ? 2 : 0, Gen.Constant(true)))
        from other in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new CallTemplate(kind, first, second, Adjust(kind, a), b, c, flags, fill, length, exact, other);

    private static ulong Adjust(CallKind kind, ulong value) =>
        kind == CallKind.SetFreeFrames ? (value == ulong.MaxValue ? value : value % 9) : value;

    private static Gen<CallKind> KindGen() => Gen.Frequency(
        (8, Gen.Constant(CallKind.Create)),
        (6, Gen.Constant(CallKind.Write)),
        (5, Gen.Constant(CallKind.Read)),
        (1, Gen.Constant(CallKind.GetSize)),
        (2, Gen.Constant(CallKind.SetSize)),
        (10, Gen.Constant(CallKind.OpRange)),
        (4, Gen.Constant(CallKind.CreateChild)),
        (6, Gen.Constant(CallKind.Transfer)),
        (2, Gen.Constant(CallKind.Duplicate)),
        (2, Gen.Constant(CallKind.Replace)),
        (3, Gen.Constant(CallKind.Close)),
        (4, Gen.Constant(CallKind.Pin)),
        (2, Gen.Constant(CallKind.Unpin)),
        (3, Gen.Constant(CallKind.Map)),
        (1, Gen.Constant(CallKind.Unmap)),
        (2, Gen.Constant(CallKind.MemRead)),
        (2, Gen.Constant(CallKind.MemWrite)),
        (2, Gen.Constant(CallKind.GetInfo)),
        (4, Gen.Constant(CallKind.Reclaim)),
        (2, Gen.Constant(CallKind.SetFreeFrames)),
        (1, Gen.Constant(CallKind.CreatePager)),
        (1, Gen.Constant(CallKind.CreatePort)),
        (1, Gen.Constant(CallKind.CreatePagerVmo)),
        (1, Gen.Constant(CallKind.CreateContiguous)),
        (1, Gen.Constant(CallKind.CreatePhysical)),
        (1, Gen.Constant(CallKind.CreateProcess)));

    private static Gen<HandleRef> HandleGen() =>
        from index in Gen.Choose(0, 7)
        from bogus in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new HandleRef(index, bogus);

    /// <summary>Small page multiples, small unaligned values, and the edges near 2^64.</summary>
    public static Gen<ulong> ValueGen() => Gen.Frequency(
        (10, Gen.Choose(0, 4).Select(n => (ulong)n * Page)),
        (2, Gen.Choose(0, 3 * (int)Page).Select(n => (ulong)n)),
        (3, Gen.Elements(EdgeValues)));

    /// <summary>Transfers mostly get aligned, in-range arguments, so that some of them move pages.</summary>
    private static Gen<ulong> TransferValueGen() => Gen.Frequency(
        (4, Gen.Choose(0, 2).Select(n => (ulong)n * Page)),
        (1, ValueGen()));

    private static Gen<uint> FlagsGen(CallKind kind) => kind switch
    {
        CallKind.Create or CallKind.CreatePagerVmo => Gen.Elements(
            0u, 0u, VmoOptions.Resizable, VmoOptions.Discardable, VmoOptions.Discardable, VmoOptions.DiscardableLockless,
            VmoOptions.DiscardableLockless, VmoOptions.Discardable | VmoOptions.Resizable,
            VmoOptions.Discardable | VmoOptions.DiscardableLockless, 1u << 9),
        CallKind.OpRange => Gen.Elements(
            VmoOp.Commit, VmoOp.Decommit, VmoOp.Zero, VmoOp.Lock, VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.Unlock,
            VmoOp.DontNeed, VmoOp.AlwaysNeed, VmoOp.CacheSync, VmoOp.CacheInvalidate, VmoOp.Prefetch, 5u, 99u),
        CallKind.CreateChild => Gen.Elements(
            ChildOptions.Snapshot, ChildOptions.SnapshotAtLeastOnWrite, ChildOptions.SnapshotModified, ChildOptions.Slice,
            ChildOptions.Reference, ChildOptions.Snapshot | ChildOptions.NoWrite, ChildOptions.Snapshot | ChildOptions.Resizable,
            ChildOptions.Reference | ChildOptions.Resizable, ChildOptions.NoWrite | ChildOptions.Resizable, 0u, 1u << 1),
        CallKind.Duplicate or CallKind.Replace => Gen.Elements(
            (uint)Rights.SameRights, (uint)Rights.Read, (uint)(Rights.Read | Rights.Write), (uint)Rights.DefaultVmo,
            (uint)(Rights.Read | Rights.Map | Rights.Duplicate), (uint)Rights.None, (uint)(Rights.SameRights | Rights.Read)),
        CallKind.Pin => Gen.Elements(
            BtiOptions.PermRead, BtiOptions.PermRead | BtiOptions.PermWrite, BtiOptions.Contiguous | BtiOptions.PermRead, 0u, 1u << 7),
        CallKind.Map => Gen.Elements(
            VmOptions.PermRead, VmOptions.PermRead | VmOptions.PermWrite, VmOptions.PermRead | VmOptions.PermWrite | VmOptions.AllowFaults,
            VmOptions.PermRead | VmOptions.Specific, VmOptions.PermWrite, VmOptions.PermRead | VmOptions.SpecificOverwrite, VmOptions.CanMapRead),
        CallKind.GetInfo => Gen.Elements(InfoTopic.Vmo, InfoTopic.Vmo, InfoTopic.HandleBasic, InfoTopic.HandleValid, 7u),
        _ => Gen.Choose(0, 15).Select(n => (uint)n),
    };
}
