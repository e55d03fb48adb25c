using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;
using U = VmoKernel.Model.Invariants.HandleUse;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Every handle parameter of every call and how the call uses it (<see cref="HandleUse"/>): the rights
/// table of INV-RIGHTS-03, item by item, and which calls may change the VMOs they name. The rights are
/// the kernel's semantics, so they are written here in the model rather than declared in abi/; being a
/// visitor, a call record added to abi/ does not compile until its handles are accounted for here, and
/// tests/Model.Tests/Catalogue checks that each use names a declared handle parameter.
/// </summary>
public sealed partial class HandleUses : ISyscallVisitor<Transition, ImmutableArray<HandleUse>>
{
    /// <summary>Why an op outside <see cref="VmoOp"/> needs no right: it never succeeds.</summary>
    public const string UnknownOp = "an unknown op is INVALID_ARGS, so it never succeeds";

    private static readonly HandleUses Instance = new();

    public static ImmutableArray<HandleUse> Of(Transition t) => t.Call.Accept(Instance, t);

    public ImmutableArray<U> Visit(VmoCreate call, Transition t) => [];

    public ImmutableArray<U> Visit(VmoCreateContiguous call, Transition t) => [U.Needs("bti", call.Bti, Rights.Map)];

    public ImmutableArray<U> Visit(VmoCreatePhysical call, Transition t) =>
        [U.NeedsNone("resource", call.Resource, "the resource is checked by kind and range, not by a right")];

    public ImmutableArray<U> Visit(PortCreate call, Transition t) => [];

    public ImmutableArray<U> Visit(PagerCreate call, Transition t) => [];

    public ImmutableArray<U> Visit(PagerCreateVmo call, Transition t) =>
        [U.Needs("pager", call.Pager, Rights.Attach), U.Needs("port", call.Port, Rights.Write)];

    public ImmutableArray<U> Visit(VmoRead call, Transition t) => [U.Needs("vmo", call.Vmo, Rights.Read)];

    public ImmutableArray<U> Visit(VmoWrite call, Transition t) => [U.Needs("vmo", call.Vmo, Rights.Write).Changing()];

    public ImmutableArray<U> Visit(VmoGetSize call, Transition t) => [U.NeedsNone("vmo", call.Vmo, "INV-RIGHTS-03 item 3: any VMO handle may ask its size")];

    public ImmutableArray<U> Visit(VmoSetSize call, Transition t)
    {
        var resize = t.VmoBefore(call.Vmo)?.Is(VmoTraits.Resizable) == true ? Rights.Resize : Rights.None;
        return [U.Needs("vmo", call.Vmo, Rights.Write | resize).Changing()];
    }

    public ImmutableArray<U> Visit(VmoOpRange call, Transition t) => [OpRange(call).Changing()];

    public ImmutableArray<U> Visit(VmoCreateChild call, Transition t) => [U.Needs("vmo", call.Vmo, Rights.Duplicate | Rights.Read)];

    public ImmutableArray<U> Visit(VmoTransferData call, Transition t) =>
        [U.Needs("dst", call.Dst, Rights.Write).Changing(), U.Needs("src", call.Src, Rights.Read | Rights.Write).Changing()];

    public ImmutableArray<U> Visit(HandleDuplicate call, Transition t) => [U.Needs("handle", call.Handle, Rights.Duplicate)];

    public ImmutableArray<U> Visit(HandleReplace call, Transition t) =>
        [U.NeedsNone("handle", call.Handle, "INV-RIGHTS-03 item 8: replacing needs no right, and can only narrow (INV-RIGHTS-02)")];

    public ImmutableArray<U> Visit(HandleClose call, Transition t) => [U.NeedsNone("handle", call.Handle, "INV-RIGHTS-03 item 8: any handle may be closed")];

    public ImmutableArray<U> Visit(BtiPin call, Transition t)
    {
        var read = (call.Options & (BtiOptions.PermRead | BtiOptions.PermExecute)) != 0 ? Rights.Read : Rights.None;
        var write = (call.Options & BtiOptions.PermWrite) != 0 ? Rights.Write : Rights.None;
        return [U.Needs("bti", call.Bti, Rights.Map), U.Needs("vmo", call.Vmo, Rights.Map | read | write)];
    }

    public ImmutableArray<U> Visit(PmtUnpin call, Transition t) => [U.NeedsNone("pmt", call.Pmt, "INV-RIGHTS-03 item 10: unpinning needs no right")];

    public ImmutableArray<U> Visit(VmarMap call, Transition t)
    {
        var perms = (call.Options & VmOptions.PermRead) != 0 ? Rights.Read : Rights.None;
        perms |= (call.Options & VmOptions.PermWrite) != 0 ? Rights.Write : Rights.None;
        perms |= (call.Options & VmOptions.PermExecute) != 0 ? Rights.Execute : Rights.None;
        var vmar = perms == Rights.None
            ? U.NeedsNone("vmar", call.Vmar, "INV-RIGHTS-03 item 11: no ZX_VM_PERM_* asked, so no right of the VMAR is needed")
            : U.Needs("vmar", call.Vmar, perms);
        return [vmar, U.Needs("vmo", call.Vmo, Rights.Map | perms)];
    }

    public ImmutableArray<U> Visit(VmarUnmap call, Transition t) => [U.NeedsNone("vmar", call.Vmar, "INV-RIGHTS-03 item 12: unmapping needs no right")];

    public ImmutableArray<U> Visit(ObjectGetInfo call, Transition t) =>
        [U.NeedsNone("handle", call.Handle, "INV-RIGHTS-03 item 13: the topics the model answers need no right")];

    public ImmutableArray<U> Visit(Reclaim call, Transition t) => [];

    public ImmutableArray<U> Visit(SetFreeFrames call, Transition t) => [];

    public ImmutableArray<U> Visit(MemRead call, Transition t) => [];

    public ImmutableArray<U> Visit(MemWrite call, Transition t) => [];

    public ImmutableArray<U> Visit(ProcessCreate call, Transition t) => [];

    public ImmutableArray<U> Visit(ProcessGetinfo call, Transition t) => [];

    public ImmutableArray<U> Visit(ProcessMadvise call, Transition t) => [];

    /// <summary>INV-RIGHTS-03 item 5: each op checks its own right after the handle lookup.</summary>
    private static U OpRange(VmoOpRange call) => call.Op switch
    {
        VmoOp.Commit or VmoOp.Decommit or VmoOp.Zero or VmoOp.CacheInvalidate => U.Needs("vmo", call.Vmo, Rights.Write),
        VmoOp.Lock or VmoOp.TryLock or VmoOp.Unlock => U.NeedsOneOf("vmo", call.Vmo, Rights.Read | Rights.Write),
        VmoOp.CacheSync or VmoOp.CacheClean or VmoOp.CacheCleanInvalidate or VmoOp.Prefetch => U.Needs("vmo", call.Vmo, Rights.Read),
        VmoOp.DontNeed or VmoOp.AlwaysNeed => U.NeedsNone("vmo", call.Vmo, "INV-RIGHTS-03 item 5: the hints need no right"),
        _ => U.NeedsNone("vmo", call.Vmo, UnknownOp),
    };
}
