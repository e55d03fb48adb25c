using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_vmo_create_child in the real kernel's order (zircon-semantics.md §5, INV-CHILD-04). A snapshot
/// child captures the parent's contents at creation without taking frames (D-10); slice and reference
/// children are views of the parent's page slots (INV-CHILD-02).
/// </summary>
internal static class VmoCreateChild
{
    public static SyscallResult Run(CallContext context, Abi.VmoCreateChild call)
    {
        if (!Ranges.TryRoundUp(call.Size, out var size))
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        var options = call.Options;
        if ((options & ChildOptions.NoWrite) != 0 && (options & ChildOptions.Resizable) != 0)
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        var status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.Duplicate | Rights.Read, out var handle);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var parent = context.Vmo(handle.Object);
        if (parent.Discardable)
        {
            return SyscallResult.Error(Status.ZxErrNotSupported);
        }

        var parentSize = VmoAccess.SizeOf(context, parent);
        ChildKind kind;
        var snapshot = 0u;
        if ((options & ChildOptions.Slice) != 0)
        {
            kind = ChildKind.Slice;
            status = (options & ~(ChildOptions.Slice | ChildOptions.NoWrite)) != 0 || !KernelLayout.IsPageAligned(call.Offset)
                ? Status.ZxErrInvalidArgs
                : size > Ranges.MaxVmoSize ? Status.ZxErrOutOfRange
                : !Ranges.InRange(call.Offset, size, parentSize) ? Status.ZxErrInvalidArgs
                : parent.Resizable ? Status.ZxErrNotSupported
                : Status.ZxOk;
        }
        else if ((options & ChildOptions.Reference) != 0)
        {
            kind = ChildKind.Reference;
            status = (options & ~(ChildOptions.Reference | ChildOptions.Resizable)) != 0 || call.Offset != 0 || call.Size != 0
                ? Status.ZxErrInvalidArgs
                : parent.ChildKind == ChildKind.Slice || parent.Contiguous || parent.Physical ? Status.ZxErrNotSupported
                : (options & ChildOptions.Resizable) != 0 && !parent.Resizable ? Status.ZxErrNotSupported
                : Status.ZxOk;
        }
        else
        {
            kind = ChildKind.Snapshot;
            snapshot = (options & ChildOptions.Snapshot) != 0 ? ChildOptions.Snapshot
                : (options & ChildOptions.SnapshotAtLeastOnWrite) != 0 ? ChildOptions.SnapshotAtLeastOnWrite
                : (options & ChildOptions.SnapshotModified) != 0 ? ChildOptions.SnapshotModified
                : 0u;
            status = snapshot == 0 || (options & ~(snapshot | ChildOptions.Resizable | ChildOptions.NoWrite)) != 0
                ? Status.ZxErrInvalidArgs
                : parent.Contiguous || !KernelLayout.IsPageAligned(call.Offset) ? Status.ZxErrInvalidArgs
                : size > Ranges.MaxVmoSize || !Ranges.TryEnd(call.Offset, size, out _) ? Status.ZxErrOutOfRange
                : parent.Physical || (snapshot == ChildOptions.Snapshot && parent.PagerBacked) ? Status.ZxErrNotSupported
                : Status.ZxOk;
        }

        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.Need(koids: true);
        var resizable = (options & ChildOptions.Resizable) != 0;
        var noWrite = (options & ChildOptions.NoWrite) != 0;
        var view = kind is ChildKind.Slice or ChildKind.Reference;
        if (kind == ChildKind.Snapshot && (snapshot == ChildOptions.SnapshotAtLeastOnWrite ||
            (snapshot == ChildOptions.SnapshotModified && parent.PagerBacked)))
        {
            kind = ChildKind.AtLeastOnWrite;
        }

        var firstInParent = call.Offset / VmoAccess.PageSize;
        var parentPages = parentSize / VmoAccess.PageSize;
        var parentLimit = kind == ChildKind.AtLeastOnWrite && firstInParent < parentPages
            ? Math.Min(size / VmoAccess.PageSize, parentPages - firstInParent)
            : 0;
        var inherited = kind == ChildKind.Snapshot ? Capture(context, parent, call.Offset, size, parentSize) : ImmutableSortedDictionary<ulong, ImmutableArray<byte>>.Empty;
        var child = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = kind == ChildKind.Reference ? parentSize : size,
            Resizable = view ? parent.Resizable : resizable,
            Contiguous = view && parent.Contiguous,
            Physical = view && parent.Physical,
            PhysicalBase = kind == ChildKind.Slice && parent.Physical ? parent.PhysicalBase + call.Offset : 0,
            PagerBacked = view && parent.PagerBacked,
            ChildKind = kind,
            ParentKoid = parent.Koid,
            ParentActor = parent.Actor,
            ParentOffset = call.Offset,
            // Immutable from creation only with ZX_VMO_CHILD_SNAPSHOT itself (sys_vmo_create_child's initial_mutability).
            Immutable = noWrite && snapshot == ChildOptions.Snapshot,
            ParentLimit = parentLimit,
            Inherited = inherited,
            HandleCount = 1,
        });
        context.Put(parent with { Children = parent.Children.Add(new ChildLink(child.Koid, child.Actor, kind)) });

        var rights = (handle.Rights & ~Rights.Resize) | (resizable ? Rights.Resize : Rights.None) | Rights.GetProperty | Rights.SetProperty;
        if (noWrite)
        {
            rights &= ~Rights.Write;
        }
        else if (kind is ChildKind.Snapshot or ChildKind.AtLeastOnWrite)
        {
            rights = (rights | Rights.Write) & ~Rights.Execute;
        }

        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(child.Koid, ObjectKind.Vmo, child.Actor), rights)));
    }

    /// <summary>The parent's non-zero contents over [offset, offset + size), page by page (beyond the parent: zeros).</summary>
    private static ImmutableSortedDictionary<ulong, ImmutableArray<byte>> Capture(CallContext context, VmoState parent, ulong offset, ulong size, ulong parentSize)
    {
        var captured = ImmutableSortedDictionary.CreateBuilder<ulong, ImmutableArray<byte>>();
        var firstInParent = offset / VmoAccess.PageSize;
        var parentPages = parentSize / VmoAccess.PageSize;
        var visible = firstInParent >= parentPages ? 0 : Math.Min(size / VmoAccess.PageSize, parentPages - firstInParent);
        var (owner, start) = VmoAccess.Owner(context, parent, firstInParent);
        foreach (var key in VmoAccess.Candidates(context, owner, start, start + visible))
        {
            var content = VmoAccess.Content(context, owner, key);
            if (content.AsSpan().ContainsAnyExcept((byte)0))
            {
                captured[key - start] = content;
            }
        }

        return captured.ToImmutable();
    }
}
