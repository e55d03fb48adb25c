using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>
/// One generated step, before it meets a world: which call, which handles (indices into the handles
/// the caller holds then, or a value no table holds) and which argument values from small edge-case
/// pools. <see cref="Resolve"/> turns it into a concrete call.
/// </summary>
public sealed record FidelityStep(int Kind, int First, int Second, int Third, int Fourth)
{
    public const int Kinds = 13;

    private const ulong Page = 4096;

    private const uint NoSuchHandle = 0x7fff_fff3;

    private static readonly ulong[] Sizes = [0, 1, Page, (2 * Page) + 5, 3 * Page, ulong.MaxValue, ulong.MaxValue - Page + 2, VmoLimits.MaxSize + 1];

    private static readonly ulong[] Offsets = [0, 1, 10, Page, Page + 1, 2 * Page, 3 * Page, ulong.MaxValue - Page + 1];

    private static readonly ulong[] Lengths = [0, 1, 3, Page - 10, Page, Page + 10, 2 * Page, 3 * Page, ulong.MaxValue];

    private static readonly uint[] CreateOptions =
        [0, 0, VmoOptions.Resizable, VmoOptions.Discardable, VmoOptions.Discardable, VmoOptions.Resizable | VmoOptions.Discardable,
         VmoOptions.DiscardableLockless, VmoOptions.Discardable | VmoOptions.DiscardableLockless, 1u << 9];

    private static readonly uint[] Ops =
        [VmoOp.Commit, VmoOp.Decommit, VmoOp.Zero, VmoOp.Lock, VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.Unlock, 5, 99];

    private static readonly uint[] PinOptions =
        [BtiOptions.PermRead, BtiOptions.PermRead | BtiOptions.PermWrite, BtiOptions.PermWrite, 0, BtiOptions.Contiguous | BtiOptions.PermRead, 1u << 12];

    private static readonly Rights[] DuplicateRights =
        [Rights.SameRights, Rights.Read | Rights.Duplicate, Rights.Write | Rights.Duplicate | Rights.Map, Rights.Map | Rights.Duplicate, Rights.Resize, Rights.Basic];

    public Syscall Resolve(IReadOnlyList<uint> handles)
    {
        uint H(int pick) => pick % 9 == 0 || handles.Count == 0 ? NoSuchHandle : handles[pick % handles.Count];
        var bti = handles.Count > 0 ? handles[0] : NoSuchHandle;
        return Kind switch
        {
            0 or 1 => new VmoCreate(Sizes[First % 5 == 0 ? First % Sizes.Length : 2 + (First % 3)], CreateOptions[Second % CreateOptions.Length]),
            2 => new VmoRead(H(First), Offsets[Second % Offsets.Length], Lengths[Third % Lengths.Length] % (1UL << 20)),
            3 => new VmoWrite(H(First), Offsets[Second % Offsets.Length], ByteString.Of(new byte[(int)(Lengths[Third % Lengths.Length] % (3 * Page))])),
            4 => new VmoSetSize(H(First), Sizes[Second % Sizes.Length]),
            5 or 6 => new VmoOpRange(H(First), Ops[Second % Ops.Length], Offsets[Third % Offsets.Length], Lengths[Fourth % Lengths.Length]),
            7 => new VmoCreateChild(H(First), Second % 2 == 0 ? ChildOptions.Snapshot : ChildOptions.Slice, Second % 3 == 0 ? Page : 0, Page * (1 + ((ulong)Third % 2))),
            8 => new VmoTransferData(H(First), Fourth % 11 == 0 ? 1u : 0u, Offsets[Third % 4], Page * ((ulong)Fourth % 3), H(Second), (ulong)(Fourth / 3 % 2) * Page),
            9 => new HandleDuplicate(H(First), (uint)DuplicateRights[Second % DuplicateRights.Length]),
            10 => new HandleClose(H(First) == bti ? NoSuchHandle : H(First)),
            11 => new BtiPin(Second % 13 == 0 ? H(Third) : bti, PinOptions[Third % PinOptions.Length], H(First), Offsets[Fourth % 5], Page * ((ulong)Second % 3)),
            _ => Fourth % 2 == 0 ? new Reclaim(PressureLevel.Warning) : new PmtUnpin(H(First)),
        };
    }
}
