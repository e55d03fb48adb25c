using FsCheck;
using FsCheck.Fluent;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// Calls over a few small VMOs: creation of every kind, reads and writes, every op_range the lock and
/// discard protocol knows, children, transfers, pins and unpins, maps, handle duplication and closing,
/// and reclaim at every level. Handles mostly name VMOs and PMTs that exist (<see cref="CallHistory.Objects"/>),
/// sometimes not; offsets and sizes are page multiples around the VMOs' sizes, with an occasional odd one.
/// Transfers, and the reads that follow them, come from <see cref="TransferCallGenerator"/>, which aims
/// most of them at the VMOs that exist so that they get past argument validation.
/// </summary>
public static class KernelCallGenerator
{
    private const ulong Page = KernelLayout.PageSize;

    // p0's initial handles (design notes): root VMAR and BTI.
    private const uint RootVmar = 0xb;
    private const uint Bti = 0x13;

    public static Gen<Syscall> For(CallHistory history)
    {
        var (vmos, pmts) = history.Objects();
        var (state, results) = history.Replay();
        var targets = VmoTarget.All(state);
        var wrong = Gen.Elements(0u, 0x5u, RootVmar, Bti, 0x1fffu);
        var handles = vmos.Count == 0 ? wrong : Gen.Frequency((9, Gen.Elements(vmos.ToArray())), (1, wrong));
        var pmtHandles = pmts.Count == 0 ? wrong : Gen.Frequency((9, Gen.Elements(pmts.ToArray())), (1, wrong));
        var offsets = Gen.Frequency((9, Gen.Elements(0UL, 0UL, Page, 2 * Page)), (1, Gen.Elements(1UL, 4 * Page, ulong.MaxValue - Page + 1)));
        var sizes = Gen.Frequency((9, Gen.Elements(Page, Page, 2 * Page)), (1, Gen.Elements(0UL, 17UL, ulong.MaxValue)));
        var creates =
            from pages in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(2, 4)))
            from options in Gen.Elements(0u, 0u, VmoOptions.Resizable, VmoOptions.Discardable, VmoOptions.DiscardableLockless)
            select (Syscall)new VmoCreate((ulong)pages * Page, options);
        var reads = from vmo in handles from offset in offsets from size in sizes select (Syscall)new VmoRead(vmo, offset, Math.Min(size, 4 * Page));
        var transfers = TransferCallGenerator.Transfers(targets, handles, wrong);

        var writes =
            from vmo in handles
            from offset in offsets
            from fill in Gen.Elements<byte>(0x41, 0x53, 0xff)
            from length in Gen.Elements(1, (int)Page, 2 * (int)Page)
            select (Syscall)new VmoWrite(vmo, offset, ByteString.Of(Enumerable.Repeat(fill, length).ToArray()));
        var opRanges =
            from vmo in handles
            from op in Gen.Elements(VmoOp.Commit, VmoOp.Decommit, VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.Zero, VmoOp.DontNeed, VmoOp.AlwaysNeed)
            from offset in offsets
            from size in sizes
            select (Syscall)new VmoOpRange(vmo, op, offset, size);
        var children =
            from vmo in handles
            from options in Gen.Elements(ChildOptions.Snapshot, ChildOptions.SnapshotAtLeastOnWrite, ChildOptions.Slice, ChildOptions.SnapshotModified)
            from size in sizes
            select (Syscall)new VmoCreateChild(vmo, options, 0, size);
        // Whole-VMO snapshots give transfers destinations whose children must keep their contents
        // (INV-XFER-03): mostly of VMOs without written pages, which make better destinations than sources.
        var sized = targets.Where(t => t.Pages > 0).Select(t => (t.Written.IsEmpty ? 3 : 1, Gen.Constant(t))).ToArray();
        var snapshots = sized.Length == 0
            ? children
            : from target in Gen.Frequency(sized)
              select (Syscall)new VmoCreateChild(target.Handle, ChildOptions.Snapshot, 0, (ulong)target.Pages * Page);
        var pins =
            from vmo in handles
            from offset in offsets
            select (Syscall)new BtiPin(Bti, BtiOptions.PermRead | BtiOptions.PermWrite, vmo, offset, Page);
        var unpins = from pmt in pmtHandles select (Syscall)new PmtUnpin(pmt);
        var maps =
            from vmo in handles
            from offset in offsets
            select (Syscall)new VmarMap(RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, vmo, offset, Page);
        var handleCalls = Gen.OneOf(
            from h in handles select (Syscall)new HandleDuplicate(h, (uint)Rights.SameRights),
            from h in handles select (Syscall)new HandleClose(h),
            from h in handles select (Syscall)new VmoGetSize(h),
            from h in handles from size in sizes select (Syscall)new VmoSetSize(h, size));
        var reclaims = from level in Gen.Elements(Enum.GetValues<PressureLevel>()) select (Syscall)new Reclaim(level);
        var choices = new List<(int, Gen<Syscall>)>
        {
            (vmos.Count < 2 ? 12 : 2, creates),
            (3, reads), (3, writes), (6, opRanges), (2, children), (targets.Any(t => !t.SnapshotChildren.IsEmpty) ? 1 : 2, snapshots), (TransferCallGenerator.CanPair(targets) ? 3 : 1, transfers),
            (2, pins), (1, unpins), (1, maps), (2, handleCalls), (2, reclaims),
        };
        if (TransferCallGenerator.FollowUps(history, targets, results.Count == 0 ? null : results[^1]) is { } followUps)
        {
            choices.Add((TransferCallGenerator.FollowUpWeight, followUps));
        }

        return Gen.Frequency(choices);
    }
}
