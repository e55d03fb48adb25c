using System.Collections.Frozen;

namespace VmoKernel.Abi;

/// <summary>
/// The kernel's own constant names, as a scenario writes them, with their values.
/// A name that is not here is an error in a scenario.
/// </summary>
public static class KernelConstants
{
    public const ulong PageSize = 4096;
    public const uint HandleInvalid = 0;

    private static readonly (string Name, ulong Value)[] Table =
    [
        ("ZX_HANDLE_INVALID", HandleInvalid),
        ("ZX_PAGE_SIZE", PageSize),
        ("ZX_VMO_RESIZABLE", VmoOptions.Resizable),
        ("ZX_VMO_DISCARDABLE", VmoOptions.Discardable),
        ("ZX_VMO_DISCARDABLE_LOCKLESS", VmoOptions.DiscardableLockless),
        ("ZX_VMO_OP_COMMIT", VmoOp.Commit),
        ("ZX_VMO_OP_DECOMMIT", VmoOp.Decommit),
        ("ZX_VMO_OP_LOCK", VmoOp.Lock),
        ("ZX_VMO_OP_UNLOCK", VmoOp.Unlock),
        ("ZX_VMO_OP_CACHE_SYNC", VmoOp.CacheSync),
        ("ZX_VMO_OP_CACHE_INVALIDATE", VmoOp.CacheInvalidate),
        ("ZX_VMO_OP_CACHE_CLEAN", VmoOp.CacheClean),
        ("ZX_VMO_OP_CACHE_CLEAN_INVALIDATE", VmoOp.CacheCleanInvalidate),
        ("ZX_VMO_OP_ZERO", VmoOp.Zero),
        ("ZX_VMO_OP_TRY_LOCK", VmoOp.TryLock),
        ("ZX_VMO_OP_DONT_NEED", VmoOp.DontNeed),
        ("ZX_VMO_OP_ALWAYS_NEED", VmoOp.AlwaysNeed),
        ("ZX_VMO_OP_PREFETCH", VmoOp.Prefetch),
        ("ZX_VMO_CHILD_SNAPSHOT", ChildOptions.Snapshot),
        ("ZX_VMO_CHILD_RESIZABLE", ChildOptions.Resizable),
        ("ZX_VMO_CHILD_SLICE", ChildOptions.Slice),
        ("ZX_VMO_CHILD_SNAPSHOT_AT_LEAST_ON_WRITE", ChildOptions.SnapshotAtLeastOnWrite),
        ("ZX_VMO_CHILD_NO_WRITE", ChildOptions.NoWrite),
        ("ZX_VMO_CHILD_REFERENCE", ChildOptions.Reference),
        ("ZX_VMO_CHILD_SNAPSHOT_MODIFIED", ChildOptions.SnapshotModified),
        ("ZX_VM_PERM_READ", VmOptions.PermRead),
        ("ZX_VM_PERM_WRITE", VmOptions.PermWrite),
        ("ZX_VM_PERM_EXECUTE", VmOptions.PermExecute),
        ("ZX_VM_COMPACT", VmOptions.Compact),
        ("ZX_VM_SPECIFIC", VmOptions.Specific),
        ("ZX_VM_SPECIFIC_OVERWRITE", VmOptions.SpecificOverwrite),
        ("ZX_VM_CAN_MAP_SPECIFIC", VmOptions.CanMapSpecific),
        ("ZX_VM_CAN_MAP_READ", VmOptions.CanMapRead),
        ("ZX_VM_CAN_MAP_WRITE", VmOptions.CanMapWrite),
        ("ZX_VM_CAN_MAP_EXECUTE", VmOptions.CanMapExecute),
        ("ZX_VM_MAP_RANGE", VmOptions.MapRange),
        ("ZX_VM_REQUIRE_NON_RESIZABLE", VmOptions.RequireNonResizable),
        ("ZX_VM_ALLOW_FAULTS", VmOptions.AllowFaults),
        ("ZX_BTI_PERM_READ", BtiOptions.PermRead),
        ("ZX_BTI_PERM_WRITE", BtiOptions.PermWrite),
        ("ZX_BTI_PERM_EXECUTE", BtiOptions.PermExecute),
        ("ZX_BTI_COMPRESS", BtiOptions.Compress),
        ("ZX_BTI_CONTIGUOUS", BtiOptions.Contiguous),
        ("ZX_INFO_HANDLE_VALID", InfoTopic.HandleValid),
        ("ZX_INFO_HANDLE_BASIC", InfoTopic.HandleBasic),
        ("ZX_INFO_VMO", InfoTopic.Vmo),
        ("ZX_INFO_VMO_TYPE_PHYSICAL", InfoVmoFlags.TypePhysical),
        ("ZX_INFO_VMO_TYPE_PAGED", InfoVmoFlags.TypePaged),
        ("ZX_INFO_VMO_RESIZABLE", InfoVmoFlags.Resizable),
        ("ZX_INFO_VMO_IS_COW_CLONE", InfoVmoFlags.IsCowClone),
        ("ZX_INFO_VMO_VIA_HANDLE", InfoVmoFlags.ViaHandle),
        ("ZX_INFO_VMO_VIA_MAPPING", InfoVmoFlags.ViaMapping),
        ("ZX_INFO_VMO_PAGER_BACKED", InfoVmoFlags.PagerBacked),
        ("ZX_INFO_VMO_CONTIGUOUS", InfoVmoFlags.Contiguous),
        ("ZX_INFO_VMO_DISCARDABLE", InfoVmoFlags.Discardable),
        ("ZX_INFO_VMO_IMMUTABLE", InfoVmoFlags.Immutable),
        ("ZX_OBJ_TYPE_NONE", ObjectType.None),
        ("ZX_OBJ_TYPE_PROCESS", ObjectType.Process),
        ("ZX_OBJ_TYPE_VMO", ObjectType.Vmo),
        ("ZX_OBJ_TYPE_PORT", ObjectType.Port),
        ("ZX_OBJ_TYPE_RESOURCE", ObjectType.Resource),
        ("ZX_OBJ_TYPE_VMAR", ObjectType.Vmar),
        ("ZX_OBJ_TYPE_BTI", ObjectType.Bti),
        ("ZX_OBJ_TYPE_PMT", ObjectType.Pmt),
        ("ZX_OBJ_TYPE_PAGER", ObjectType.Pager),
        ("ZX_RIGHT_NONE", (ulong)Rights.None),
        ("ZX_RIGHT_DUPLICATE", (ulong)Rights.Duplicate),
        ("ZX_RIGHT_TRANSFER", (ulong)Rights.Transfer),
        ("ZX_RIGHT_READ", (ulong)Rights.Read),
        ("ZX_RIGHT_WRITE", (ulong)Rights.Write),
        ("ZX_RIGHT_EXECUTE", (ulong)Rights.Execute),
        ("ZX_RIGHT_MAP", (ulong)Rights.Map),
        ("ZX_RIGHT_GET_PROPERTY", (ulong)Rights.GetProperty),
        ("ZX_RIGHT_SET_PROPERTY", (ulong)Rights.SetProperty),
        ("ZX_RIGHT_ENUMERATE", (ulong)Rights.Enumerate),
        ("ZX_RIGHT_DESTROY", (ulong)Rights.Destroy),
        ("ZX_RIGHT_SET_POLICY", (ulong)Rights.SetPolicy),
        ("ZX_RIGHT_GET_POLICY", (ulong)Rights.GetPolicy),
        ("ZX_RIGHT_SIGNAL", (ulong)Rights.Signal),
        ("ZX_RIGHT_SIGNAL_PEER", (ulong)Rights.SignalPeer),
        ("ZX_RIGHT_WAIT", (ulong)Rights.Wait),
        ("ZX_RIGHT_INSPECT", (ulong)Rights.Inspect),
        ("ZX_RIGHT_MANAGE_JOB", (ulong)Rights.ManageJob),
        ("ZX_RIGHT_MANAGE_PROCESS", (ulong)Rights.ManageProcess),
        ("ZX_RIGHT_MANAGE_THREAD", (ulong)Rights.ManageThread),
        ("ZX_RIGHT_APPLY_PROFILE", (ulong)Rights.ApplyProfile),
        ("ZX_RIGHT_MANAGE_SOCKET", (ulong)Rights.ManageSocket),
        ("ZX_RIGHT_OP_CHILDREN", (ulong)Rights.OpChildren),
        ("ZX_RIGHT_RESIZE", (ulong)Rights.Resize),
        ("ZX_RIGHT_ATTACH_VMO", (ulong)Rights.Attach),
        ("ZX_RIGHT_MANAGE_VMO", (ulong)Rights.ManageVmo),
        ("ZX_RIGHT_SAME_RIGHTS", (ulong)Rights.SameRights),
        ("ZX_RIGHTS_BASIC", (ulong)Rights.Basic),
        ("ZX_RIGHTS_IO", (ulong)Rights.Io),
        ("ZX_RIGHTS_PROPERTY", (ulong)Rights.Property),
        ("ZX_DEFAULT_VMO_RIGHTS", (ulong)Rights.DefaultVmo),
        ("NORMAL", (ulong)PressureLevel.Normal),
        ("WARNING", (ulong)PressureLevel.Warning),
        ("CRITICAL", (ulong)PressureLevel.Critical),
        ("ALMOST_OOM", (ulong)PressureLevel.AlmostOom),
        ("OOM", (ulong)PressureLevel.Oom),
    ];

    private static readonly FrozenDictionary<string, ulong> ByName =
        Table.ToFrozenDictionary(row => row.Name, row => row.Value, StringComparer.Ordinal);

    /// <summary>Every known constant, in table order.</summary>
    public static IReadOnlyList<(string Name, ulong Value)> All => Table;

    public static bool TryGet(string name, out ulong value) => ByName.TryGetValue(name, out value);
}
