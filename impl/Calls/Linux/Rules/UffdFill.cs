using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// mm/userfaultfd.c's mfill_atomic as UFFDIO_COPY and UFFDIO_ZEROPAGE use it, after their own range and mode checks:
/// the uffd's mm must still exist (ESRCH), the range must lie inside one registered VMA (ENOENT); then page by page
/// a frame is taken (ENOMEM) and installed where no page is (EEXIST otherwise; a purge marker is no page, L-8),
/// stopping at the first failure. Installed bytes wake the range's waiters unless DONTWAKE (L-13); a partial
/// install is EAGAIN carrying the bytes installed (U16).
/// </summary>
internal static class UffdFill
{
    private const ulong Page = KernelConstants.PageSize;

    /// <summary>Fills [dst, dst + length) of the uffd's mm; <paramref name="contents"/> gives page i's bytes, or null for the zero page (ZEROPAGE).</summary>
    public static SyscallResult Run(CallContext context, UffdState uffd, ulong dst, ulong length, bool wake, bool writeProtect, Func<int, ByteString?> contents)
    {
        if (context.Linux.Mm(uffd.Owner) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var vmaEnd = AreaRegistration.VmaEnd(mm, dst);
        if (vmaEnd == 0 || length > vmaEnd - dst || mm.AreaAt(dst)!.Uffd == 0)
        {
            return SyscallResult.Error(Status.Enoent);
        }

        // A write-protected copy needs a VMA registered in WP mode, which is not modelled (L-11).
        if (writeProtect)
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (wake && context.Bugs.Has(SeededBug.CopyWakesBeforeInstall))
        {
            return WakeNowInstallLater(context, uffd, dst, length, contents);
        }

        var (installed, failure) = InstallAll(context, uffd.Owner, dst, length, contents);
        if (installed > 0 && wake)
        {
            UffdFaults.WakeFaults(context, uffd.Id, dst, dst + installed);
        }

        return Answer(length, installed, failure);
    }

    /// <summary>The seeded bug: the waiters are woken in this transaction and the pages installed in a second one.</summary>
    private static SyscallResult WakeNowInstallLater(CallContext context, UffdState uffd, ulong dst, ulong length, Func<int, ByteString?> contents)
    {
        var before = context.Checkpoint();
        var (installed, failure) = InstallAll(context, uffd.Owner, dst, length, contents);
        context.Rollback(before);
        if (installed > 0)
        {
            UffdFaults.WakeFaults(context, uffd.Id, dst, dst + installed);
            context.Effects.ThenInAnotherTransaction(later => InstallAll(later, uffd.Owner, dst, installed, contents));
        }

        return Answer(length, installed, failure);
    }

    private static SyscallResult Answer(ulong length, ulong installed, Status failure) =>
        installed == 0 ? SyscallResult.Error(failure)
        : installed == length ? SyscallResult.Ok(Value.Int(installed))
        : new SyscallResult(Status.Eagain, Value.Int(installed));

    /// <summary>Installs page after page; the bytes installed and the status that stopped it (OK when none did).</summary>
    private static (ulong Installed, Status Failure) InstallAll(CallContext context, ulong pid, ulong dst, ulong length, Func<int, ByteString?> contents)
    {
        ulong done = 0;
        for (var i = 0; done < length; i++, done += Page)
        {
            var status = InstallPage(context, pid, dst + done, contents(i));
            if (status != Status.Ok)
            {
                return (done, status);
            }
        }

        return (done, Status.Ok);
    }

    private static Status InstallPage(CallContext context, ulong pid, ulong page, ByteString? bytes)
    {
        var mm = context.Linux.Mm(pid);
        if (mm?.AreaAt(page) is not { } area)
        {
            return Status.Enoent;
        }

        if (area.Has(AreaFlags.Shared))
        {
            // shmem has no zero-page mapping: ZEROPAGE takes a zeroed frame too.
            var shm = context.Linux.Shm[area.Shm];
            var index = area.ShmPage + ((page - area.Start) / Page);
            return shm.Frames.ContainsKey(index) ? Status.Eexist : WithFrame(context, bytes, frame =>
                context.Linux = context.Linux with { Shm = context.Linux.Shm.SetItem(shm.Id, shm with { Frames = shm.Frames.SetItem(index, frame) }) });
        }

        var present = mm.Entries.GetValueOrDefault(page) is { Present: true };
        if (bytes is null)
        {
            // The zero page needs no frame: only a present page can stop it.
            if (present)
            {
                return Status.Eexist;
            }

            context.Linux = context.Linux.WithMm(pid, mm with { Entries = mm.Entries.SetItem(page, PageEntry.Zero) });
            return Status.Ok;
        }

        // mfill_atomic_pte_copy allocates and fills the page before it looks at the PTE: no memory is ENOMEM first.
        if (context.Memory.FreeFrames == 0)
        {
            return Status.Enomem;
        }

        return present ? Status.Eexist : WithFrame(context, bytes, frame =>
        {
            var now = context.Linux.Mm(pid)!;
            context.Linux = context.Linux.WithMm(pid, now with { Entries = now.Entries.SetItem(page, PageEntry.Of(frame)) });
        });
    }

    /// <summary>Takes a frame holding <paramref name="bytes"/> (zeros when null) as an anonymous page and maps it with <paramref name="map"/>; ENOMEM when none is free.</summary>
    private static Status WithFrame(CallContext context, ByteString? bytes, Action<ulong> map)
    {
        if (!AnonPages.TryNew(context, bytes ?? AnonPages.Blank, out var frame))
        {
            return Status.Enomem;
        }

        map(frame);
        return Status.Ok;
    }

    /// <summary>Page <paramref name="index"/> of a copy's source bytes.</summary>
    public static ByteString PageOf(ByteString source, int index) =>
        new(ImmutableArray.Create(source.Bytes, index * (int)Page, (int)Page));
}
