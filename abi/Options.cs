namespace VmoKernel.Abi;

/// <summary>zx_vmo_create options.</summary>
public static class VmoOptions
{
    public const uint Resizable = 1u << 1;
    public const uint Discardable = 1u << 2;

    /// <summary>RFC-0181. No kernel header value was found; this bit is the project's choice (spec/decisions.md).</summary>
    public const uint DiscardableLockless = 1u << 5;
}

/// <summary>zx_vmo_op_range operations.</summary>
public static class VmoOp
{
    public const uint Commit = 1;
    public const uint Decommit = 2;
    public const uint Lock = 3;
    public const uint Unlock = 4;
    public const uint CacheSync = 6;
    public const uint CacheInvalidate = 7;
    public const uint CacheClean = 8;
    public const uint CacheCleanInvalidate = 9;
    public const uint Zero = 10;
    public const uint TryLock = 11;
    public const uint DontNeed = 12;
    public const uint AlwaysNeed = 13;
    public const uint Prefetch = 14;
}

/// <summary>zx_vmo_create_child options.</summary>
public static class ChildOptions
{
    public const uint Snapshot = 1u << 0;
    public const uint Resizable = 1u << 2;
    public const uint Slice = 1u << 3;
    public const uint SnapshotAtLeastOnWrite = 1u << 4;
    public const uint NoWrite = 1u << 5;
    public const uint Reference = 1u << 6;
    public const uint SnapshotModified = 1u << 7;
}

/// <summary>zx_vmar_map options (ZX_VM_*).</summary>
public static class VmOptions
{
    public const uint PermRead = 1u << 0;
    public const uint PermWrite = 1u << 1;
    public const uint PermExecute = 1u << 2;
    public const uint Compact = 1u << 3;
    public const uint Specific = 1u << 4;
    public const uint SpecificOverwrite = 1u << 5;
    public const uint CanMapSpecific = 1u << 6;
    public const uint CanMapRead = 1u << 7;
    public const uint CanMapWrite = 1u << 8;
    public const uint CanMapExecute = 1u << 9;
    public const uint MapRange = 1u << 10;
    public const uint RequireNonResizable = 1u << 11;
    public const uint AllowFaults = 1u << 12;
    public const uint OffsetIsUpperLimit = 1u << 13;
    public const uint PermReadIfXomUnsupported = 1u << 14;
    public const uint FaultBeyondStreamSize = 1u << 15;
}

/// <summary>zx_bti_pin options.</summary>
public static class BtiOptions
{
    public const uint PermRead = 1u << 0;
    public const uint PermWrite = 1u << 1;
    public const uint PermExecute = 1u << 2;
    public const uint Compress = 1u << 3;
    public const uint Contiguous = 1u << 4;
}

/// <summary>zx_object_get_info topics.</summary>
public static class InfoTopic
{
    public const uint HandleValid = 1;
    public const uint HandleBasic = 2;
    public const uint Vmo = 23;
}

/// <summary>zx_info_vmo_t.flags bits.</summary>
public static class InfoVmoFlags
{
    public const uint TypePhysical = 0;
    public const uint TypePaged = 1u << 0;
    public const uint Resizable = 1u << 1;
    public const uint IsCowClone = 1u << 2;
    public const uint ViaHandle = 1u << 3;
    public const uint ViaMapping = 1u << 4;
    public const uint PagerBacked = 1u << 5;
    public const uint Contiguous = 1u << 6;
    public const uint Discardable = 1u << 7;
    public const uint Immutable = 1u << 8;
}

/// <summary>zx_obj_type_t values.</summary>
public static class ObjectType
{
    public const uint None = 0;
    public const uint Process = 1;
    public const uint Vmo = 3;
    public const uint Port = 6;
    public const uint Resource = 15;
    public const uint Vmar = 18;
    public const uint Bti = 24;
    public const uint Pmt = 26;
    public const uint Pager = 28;
}

/// <summary>Memory pressure levels the control call <c>reclaim(level)</c> runs the reclaimer at.</summary>
public enum PressureLevel
{
    Normal = 0,
    Warning = 1,
    Critical = 2,
    AlmostOom = 3,
    Oom = 4,
}
