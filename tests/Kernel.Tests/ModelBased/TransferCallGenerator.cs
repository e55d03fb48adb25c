using FsCheck;
using FsCheck.Fluent;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// zx_vmo_transfer_data calls that get past argument validation often enough to test what comes after
/// it, and the reads that show what a transfer did. About a tenth name a wrong handle and a tenth have
/// malformed arguments (unaligned, or one VMO on both sides); the rest are well formed: two distinct VMOs
/// through READ|WRITE handles, page-aligned ranges inside both, preferring a source that may give pages
/// and holds some, and a destination with a SNAPSHOT child. Of those, some aim past the destination's end
/// or at one of its pinned pages, so they fail after validation (INV-XFER-01). After a transfer, the next
/// call is often a whole read of its source, its destination or a SNAPSHOT child of the destination
/// (INV-XFER-02, INV-XFER-03).
/// </summary>
public static class TransferCallGenerator
{
    private const ulong Page = KernelLayout.PageSize;

    /// <summary>
    /// Weight of the follow-up reads against the other calls' total of about 40: a transfer whose effect is
    /// not read before later calls overwrite it shows nothing, so most transfers are read at once.
    /// </summary>
    public const int FollowUpWeight = 30;

    /// <summary>Whether two distinct VMOs can be named through READ|WRITE handles, so a transfer can be well formed.</summary>
    public static bool CanPair(IReadOnlyList<VmoTarget> targets) =>
        targets.Where(t => t.ReadWrite).Select(t => t.Koid).Distinct().Skip(1).Any();

    public static Gen<Syscall> Transfers(IReadOnlyList<VmoTarget> targets, Gen<uint> handles, Gen<uint> wrongHandles)
    {
        // Exactly one side is wrong, so the status is the handle's and not the other side's.
        var live = targets.Count == 0 ? handles : Gen.Elements(targets.Select(t => t.Handle).ToArray());
        var badHandle =
            from wrong in wrongHandles
            from other in live
            from wrongIsSource in Gen.Elements(false, true)
            select (Syscall)(wrongIsSource
                ? new VmoTransferData(other, 0, 0, Page, wrong, 0)
                : new VmoTransferData(wrong, 0, 0, Page, other, 0));
        var malformed =
            from destination in handles
            from source in handles
            from shape in Gen.Elements(0, 1, 2)
            select (Syscall)(shape switch
            {
                0 => new VmoTransferData(destination, 0, 1, Page, source, 0),
                1 => new VmoTransferData(destination, 0, 0, Page + 17, source, 0),
                _ => new VmoTransferData(source, 0, 0, Page, source, 0),
            });
        var pairs = targets.Where(d => d.ReadWrite)
            .SelectMany(d => targets.Where(s => s.ReadWrite && s.Koid != d.Koid).Select(s => (Destination: d, Source: s)))
            .ToList();
        if (pairs.Count == 0)
        {
            return Gen.Frequency((1, badHandle), (1, malformed));
        }

        var weighted = pairs.Select(pair => (Weight(pair.Destination, pair.Source), Gen.Constant(pair)));
        var wellFormed =
            from pair in Gen.Frequency(weighted)
            from call in WellFormed(pair.Destination, pair.Source)
            select call;
        return Gen.Frequency((1, badHandle), (1, malformed), (8, wellFormed));
    }

    /// <summary>
    /// Whole reads of the VMOs the last call touched, when it was a transfer; null otherwise. After a
    /// failure mostly the source, which must be unchanged (INV-XFER-01); after a success mostly the
    /// destination's SNAPSHOT children, which must still hold what they captured (INV-XFER-03).
    /// </summary>
    public static Gen<Syscall>? FollowUps(CallHistory history, IReadOnlyList<VmoTarget> targets, SyscallResult? lastResult)
    {
        if (history.Calls.LastOrDefault() is not VmoTransferData transfer || lastResult is null)
        {
            return null;
        }

        var children = targets.FirstOrDefault(t => t.Handle == transfer.Dst)?.SnapshotChildren ?? [];
        var reads = new List<(int, Gen<Syscall>)>();
        foreach (var (handles, weight) in new[]
        {
            (new[] { transfer.Src }, lastResult.Succeeded ? 1 : 6),
            (new[] { transfer.Dst }, 1),
            (children.ToArray(), lastResult.Succeeded ? 6 : 1),
        })
        {
            var touched = targets.Where(t => handles.Contains(t.Handle) && t.Pages > 0).ToArray();
            if (touched.Length > 0)
            {
                reads.Add((weight, Gen.Elements(touched.Select(t => (Syscall)new VmoRead(t.Handle, 0, (ulong)t.Pages * Page)).ToArray())));
            }
        }

        return reads.Count == 0 ? null : Gen.Frequency(reads);
    }

    private static int Weight(VmoTarget destination, VmoTarget source) =>
        (source.CanBeSource ? 4 : 1) * (source.Written.IsEmpty ? 1 : 3) * (destination.SnapshotChildren.IsEmpty ? 1 : 4) * (destination.Pinned.IsEmpty ? 1 : 2);

    private static Gen<Syscall> WellFormed(VmoTarget destination, VmoTarget source)
    {
        var most = Math.Min(destination.Pages, source.Pages);
        var inRange =
            from pages in Gen.Choose(Math.Min(1, most), Math.Max(most, 0))
            from sourceFirst in SourceFirst(source, pages)
            from destinationFirst in Gen.Choose(0, destination.Pages - pages)
            select (Syscall)Call(destination, destinationFirst, pages, source, sourceFirst);
        var pastDestinationEnd =
            from pages in Gen.Choose(1, Math.Max(source.Pages, 1))
            from sourceFirst in SourceFirst(source, pages)
            from beyond in Gen.Choose(1, 2)
            select (Syscall)Call(destination, Math.Max(destination.Pages - pages + beyond, 0), pages, source, sourceFirst);
        var onPinnedPage = destination.Pinned.IsEmpty || most == 0
            ? inRange
            : from pinned in Gen.Elements(destination.Pinned.ToArray())
              from pages in Gen.Choose(1, most)
              from back in Gen.Choose(0, pages - 1)
              from sourceFirst in SourceFirst(source, pages)
              select (Syscall)Call(destination, Math.Clamp(pinned - back, 0, destination.Pages - pages), pages, source, sourceFirst);
        return Gen.Frequency((6, inRange), (2, pastDestinationEnd), (2, onPinnedPage));
    }

    /// <summary>A source start that keeps <paramref name="pages"/> inside the source, often at a written page (whose bytes show where they went).</summary>
    private static Gen<int> SourceFirst(VmoTarget source, int pages)
    {
        var last = Math.Max(source.Pages - pages, 0);
        var anywhere = Gen.Choose(0, last);
        return source.Written.IsEmpty
            ? anywhere
            : Gen.Frequency((2, anywhere), (3, Gen.Elements(source.Written.Select(page => Math.Min(page, last)).ToArray())));
    }

    private static VmoTransferData Call(VmoTarget destination, int destinationFirst, int pages, VmoTarget source, int sourceFirst) =>
        new VmoTransferData(destination.Handle, 0, (ulong)destinationFirst * Page, (ulong)pages * Page, source.Handle, (ulong)sourceFirst * Page);
}
