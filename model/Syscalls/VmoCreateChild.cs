using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_create_child(vmo, options, offset, size) -> handle (INV-CHILD-04). Before the handle: size
/// rounding wraps (OUT_OF_RANGE), NO_WRITE with RESIZABLE (INVALID_ARGS). Then the handle with
/// DUPLICATE and READ; a discardable parent (NOT_SUPPORTED, INV-CHILD-03); then the rules of the child
/// type in <see cref="ChildRules"/>. Snapshots capture the parent's contents (D-10, INV-CHILD-01);
/// slices and references are views onto the parent's pages (INV-CHILD-02).
/// </summary>
public static class VmoCreateChild
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoCreateChild call)
    {
        if (!Ranges.TryRoundUp(call.Size, out var size))
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        var noWrite = (call.Options & ChildOptions.NoWrite) != 0;
        if (noWrite && (call.Options & ChildOptions.Resizable) != 0)
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (!HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.Duplicate | Rights.Read, out var handle, out var parent, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (parent.IsDiscardable)
        {
            return Outcome.Fail(state, Status.ZxErrNotSupported);
        }

        var request = new ChildRequest(state, parent, call.Options & ~ChildOptions.NoWrite, call.Offset, size, noWrite);
        if (!ChildRules.TryShape(request, out var shape, out error))
        {
            return Outcome.Fail(state, error);
        }

        var after = state.NewVmo(koid => shape.Build(koid, state.Clock), out var child);
        after = after.WithVmo(after.Vmos[parent.Koid] with { Children = parent.Children.Add(child) });
        after = after.AddHandle(process, child, ObjectType.Vmo, ChildRights(handle.Rights, call.Options, shape.Link.Kind), out var value);
        return Outcome.ZxOk(after, Value.Int(value));
    }

    /// <summary>
    /// The child's rights: the parent handle's without RESIZE, plus RESIZE if requested, plus the
    /// property rights; NO_WRITE removes WRITE, otherwise a snapshot gains WRITE and loses EXECUTE.
    /// </summary>
    public static Rights ChildRights(Rights parentRights, uint options, ChildKind kind)
    {
        var rights = (parentRights & ~Rights.Resize) | Rights.GetProperty | Rights.SetProperty;
        if ((options & ChildOptions.Resizable) != 0)
        {
            rights |= Rights.Resize;
        }

        if ((options & ChildOptions.NoWrite) != 0)
        {
            return rights & ~Rights.Write;
        }

        return kind is ChildKind.Snapshot or ChildKind.AtLeastOnWrite ? (rights | Rights.Write) & ~Rights.Execute : rights;
    }
}
