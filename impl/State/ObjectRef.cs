using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.State;

/// <summary>
/// What a handle or a mapping names: the object's koid and kind, the actor that owns it (VMOs), and
/// for a PMT the pinned range it will unpin.
/// </summary>
internal sealed record ObjectRef(ulong Koid, ObjectKind Kind, ActorId? Actor = null, PinnedRange? Pin = null)
{
    public uint ObjectType => Kind switch
    {
        ObjectKind.Vmo => Abi.ObjectType.Vmo,
        ObjectKind.Vmar => Abi.ObjectType.Vmar,
        ObjectKind.Bti => Abi.ObjectType.Bti,
        ObjectKind.Resource => Abi.ObjectType.Resource,
        ObjectKind.Pmt => Abi.ObjectType.Pmt,
        ObjectKind.Pager => Abi.ObjectType.Pager,
        ObjectKind.Port => Abi.ObjectType.Port,
        _ => Abi.ObjectType.Process,
    };
}
