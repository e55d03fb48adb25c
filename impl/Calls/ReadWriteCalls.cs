using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_read, zx_vmo_write, zx_vmo_get_size, zx_vmo_set_size (INV-RW-*, INV-DISC-04, INV-LOCKLESS-01).</summary>
public static class ReadWriteCalls
{
    public static SyscallResult Read(CallContext context, VmoRead call)
    {
        var status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Read, out var handle);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.Physical)
        {
            return Syscalls.Fail(Status.ZxErrNotSupported);
        }

        if (!VmoAccess.InRange(call.Offset, call.Length, VmoAccess.SizeOf(context, vmo)))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        if (call.Length == 0)
        {
            return SyscallResult.ZxOk(Value.Of(ByteString.Empty));
        }

        if (vmo.DiscardedUnlocked && !context.Bugs.Has(SeededBug.DiscardedReadSucceeds))
        {
            return Syscalls.Fail(Status.ZxErrNotFound);
        }

        if (call.Length > VmoLimits.MaxReadLength)
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        return SyscallResult.ZxOk(Value.Of(ByteString.Of(VmoAccess.Read(context, vmo, call.Offset, call.Length))));
    }

    public static SyscallResult Write(CallContext context, VmoWrite call)
    {
        var status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Write, out var handle);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.Physical)
        {
            return Syscalls.Fail(Status.ZxErrNotSupported);
        }

        var length = (ulong)call.Data.Length;
        if (!VmoAccess.InRange(call.Offset, length, VmoAccess.SizeOf(context, vmo)))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        if (length == 0)
        {
            return SyscallResult.ZxOk();
        }

        if (vmo.DiscardedUnlocked)
        {
            return Syscalls.Fail(Status.ZxErrNotFound);
        }

        context.Need(memory: true);

        return VmoAccess.Write(context, vmo, call.Offset, call.Data.Bytes.AsSpan())
            ? SyscallResult.ZxOk()
            : Syscalls.Fail(Status.ZxErrNoMemory);
    }

    public static SyscallResult GetSize(CallContext context, VmoGetSize call)
    {
        var status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out var handle);
        return status != Status.ZxOk
            ? Syscalls.Fail(status)
            : SyscallResult.ZxOk(Value.Int(VmoAccess.SizeOf(context, context.Vmo(handle.Object))));
    }

    public static SyscallResult SetSize(CallContext context, VmoSetSize call)
    {
        var status = context.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Write, out var handle);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        var vmo = context.Vmo(handle.Object);
        if (vmo.ChildKind == ChildKind.Reference)
        {
            vmo = context.Vmo(vmo.ParentKoid, vmo.ParentActor!);
        }

        if (vmo.Resizable && (handle.Rights & Rights.Resize) == 0)
        {
            return Syscalls.Fail(Status.ZxErrAccessDenied);
        }

        // VmObjectDispatcher::SetSize: no stream size for physical or contiguous VMOs, then the rounding
        // (OUT_OF_RANGE) before VmObjectPaged::Resize's own checks.
        if (vmo.Physical || vmo.Contiguous)
        {
            return Syscalls.Fail(Status.ZxErrUnavailable);
        }

        if (!VmoAccess.TryRoundUp(call.Size, out var size))
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        if (!vmo.Resizable)
        {
            return Syscalls.Fail(Status.ZxErrUnavailable);
        }

        if (size > VmoAccess.MaxSize)
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        var keep = size / VmoAccess.PageSize;
        if (vmo.Pins.Any(p => p.Value > 0 && p.Key >= keep))
        {
            return Syscalls.Fail(Status.ZxErrBadState);
        }

        if (vmo.Pages.Keys.Any(p => p >= keep))
        {
            context.Need(memory: true);
        }

        VmoAccess.Decommit(context, vmo, keep, ulong.MaxValue - keep);
        vmo = context.Vmo(vmo.Koid, vmo.Actor);

        context.Put(vmo with { Size = size });
        return SyscallResult.ZxOk();
    }
}
