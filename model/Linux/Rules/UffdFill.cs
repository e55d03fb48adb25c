using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// UFFDIO_COPY and UFFDIO_ZEROPAGE after their own checks, as mfill_atomic (6.13, L-13): the owner's mm
/// must still exist (ESRCH); the range must lie in one VMA registered with any uffd of that mm (else
/// ENOENT; the one the ioctl names need not be the one that registered it); then COPY's WP mode is
/// EINVAL (no WP registration is modelled); pages are installed in order into missing entries (never
/// filled, dropped, zapped or purged: L-8, a purge marker is replaced); a present page stops the fill with EEXIST, or ENOMEM when no frame is free.
/// Nothing installed: that errno, nobody woken. Some installed: the threads waiting on the installed
/// bytes are woken unless DONTWAKE, and the answer is OK with the bytes when all were installed, else
/// EAGAIN with the bytes installed. A private zero page takes no frame; a shared one does (shmem).
/// </summary>
public static class UffdFill
{
    /// <summary>Fills [start, start + length) with <paramref name="source"/>'s bytes, or zeros when null.</summary>
    public static (KernelState State, SyscallResult Result) Fill(KernelState state, Uffd uffd, ulong start, ulong length, ByteString? source, bool wake, bool writeProtect = false)
    {
        if (!state.Processes.ContainsKey(uffd.Process))
        {
            return LinuxEdits.Fail(state, Status.Esrch);
        }

        var end = start + length;
        var owner = state.Me(uffd.Process);
        var vma = owner.VmaAt(start);
        // find_dst_vma / validate_dst_vma ask only that the VMA is registered, with any uffd of this mm; "one VMA" is
        // Linux's, which joins the pieces the model keeps apart (MergedEnd).
        if (vma is null || !vma.Has(VmFlags.UffdMissing) || end > owner.MergedEnd(vma))
        {
            return LinuxEdits.Fail(state, Status.Enoent);
        }

        // mfill_atomic refuses a write-protected copy into a VMA not registered for WP (never, here) after finding the VMA.
        if (writeProtect)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var after = state;
        var error = Status.Ok;
        var page = start;
        for (; page < end; page += KernelLayout.PageSize)
        {
            // The stored piece holding this page: a shared one's object offset is its own.
            var me = after.Me(uffd.Process);
            var here = me.VmaAt(page)!;
            if (LinuxMemory.PageAt(after.Linux, me, here, page, out _) != 0)
            {
                error = Status.Eexist;
                break;
            }

            if (source is null && !here.Has(VmFlags.Shared))
            {
                LinuxMemory.Install(after, uffd.Process, here, page, Pte.ZeroPage, out after);
                continue;
            }

            var bytes = source is null ? ByteString.Zeros((int)KernelLayout.PageSize) : ByteString.Of(source.Bytes.AsSpan((int)(page - start), (int)KernelLayout.PageSize));
            if (!LinuxMemory.TryStore(after, uffd.Process, here, page, 0, bytes, out after))
            {
                error = Status.Enomem;
                break;
            }
        }

        var installed = page - start;
        if (installed == 0)
        {
            return LinuxEdits.Fail(state, error);
        }

        if (wake)
        {
            after = Blocking.WakeFaults(after, uffd.Id, start, page);
        }

        return installed == length ? LinuxEdits.Ok(after, Value.Int(installed)) : (after, new SyscallResult(Status.Eagain, Value.Int(installed)));
    }
}
