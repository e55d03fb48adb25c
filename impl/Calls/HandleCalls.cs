using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_handle_duplicate, zx_handle_replace, zx_handle_close (INV-HANDLE-*, INV-RIGHTS-02, D-15): rights are
/// never added; replace consumes the original even when it fails for bad rights.
/// </summary>
public static class HandleCalls
{
    public static SyscallResult Duplicate(CallContext context, HandleDuplicate call)
    {
        if (!context.TryHandle(call.Handle, out var entry))
        {
            return Syscalls.Fail(Status.ZxErrBadHandle);
        }

        if ((entry.Rights & Rights.Duplicate) == 0)
        {
            return Syscalls.Fail(Status.ZxErrAccessDenied);
        }

        if (!TryNarrow(entry.Rights, call.Rights, out var rights))
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        if (entry.Object.Kind == ObjectKind.Vmo)
        {
            var vmo = context.Vmo(entry.Object);
            context.Put(vmo with { HandleCount = vmo.HandleCount + 1 });
        }

        return SyscallResult.ZxOk(Value.Int(context.AddHandle(entry.Object, rights)));
    }

    public static SyscallResult Replace(CallContext context, HandleReplace call)
    {
        if (!context.TryHandle(call.Handle, out var entry))
        {
            return Syscalls.Fail(Status.ZxErrBadHandle);
        }

        var narrowed = TryNarrow(entry.Rights, call.Rights, out var rights);
        if (entry.Object.Kind == ObjectKind.Vmo && !narrowed)
        {
            context.Vmo(entry.Object);
        }

        context.RemoveHandle(call.Handle);
        if (!narrowed)
        {
            Release(context, entry);
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        return SyscallResult.ZxOk(Value.Int(context.AddHandle(entry.Object, rights)));
    }

    public static SyscallResult Close(CallContext context, HandleClose call)
    {
        if (call.Handle == KernelConstants.HandleInvalid)
        {
            return SyscallResult.ZxOk();
        }

        if (!context.TryHandle(call.Handle, out var entry))
        {
            return Syscalls.Fail(Status.ZxErrBadHandle);
        }

        context.RemoveHandle(call.Handle);
        Release(context, entry);
        return SyscallResult.ZxOk();
    }

    /// <summary>
    /// What losing a handle does to its object: a VMO loses a reference and may die (INV-HANDLE-02); a PMT
    /// that was not unpinned is quarantined on its BTI for good (D-14, D-16).
    /// </summary>
    private static void Release(CallContext context, HandleEntry entry)
    {
        if (entry.Object.Kind == ObjectKind.Vmo)
        {
            var vmo = context.Vmo(entry.Object);
            context.Put(vmo with { HandleCount = vmo.HandleCount - 1 });
            Lifetime.DestroyIfUnreferenced(context, vmo);
        }
        else if (entry.Object is { Kind: ObjectKind.Pmt, Pin: { } pin })
        {
            var bti = context.Bti(pin.Bti);
            context.Put(bti with { QuarantinedPmts = bti.QuarantinedPmts + 1 });
        }
    }

    /// <summary>ZX_RIGHT_SAME_RIGHTS keeps the rights; anything else must be a subset of them.</summary>
    private static bool TryNarrow(Rights held, uint requested, out Rights rights)
    {
        if (requested == (uint)Rights.SameRights)
        {
            rights = held;
            return true;
        }

        rights = (Rights)requested;
        return (rights & ~held) == 0;
    }
}
