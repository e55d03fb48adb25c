namespace VmoKernel.Abi;

/// <summary>
/// Constants of the two cross-process calls of seed 004 (docs/design-notes.md, "process_getinfo and
/// process_madvise"; spec/getinfo.md): the fact bits of process_getinfo's mask, its flags, the record
/// sizes of its little-endian buffer, and the advice values process_madvise accepts (Linux values).
/// </summary>
public static class ProcessInfoOptions
{
    /// <summary>Mask bit: the process's koid (readable for every process).</summary>
    public const ulong Koid = 1UL << 0;

    /// <summary>Mask bit: the number of handles in the process's table.</summary>
    public const ulong HandleCount = 1UL << 1;

    /// <summary>Mask bit: bytes committed by the VMOs the process holds handles to or maps, each VMO once.</summary>
    public const ulong CommittedBytes = 1UL << 2;

    /// <summary>Mask bit: the process's mappings (PROCESS_VM_MEMORY_MAP), as vma records.</summary>
    public const ulong VmMemoryMap = 1UL << 3;

    /// <summary>Mask bit: the process's vm_seq.</summary>
    public const ulong VmSeq = 1UL << 4;

    /// <summary>Every mask bit this kernel knows; any other bit is EINVAL.</summary>
    public const ulong KnownMask = Koid | HandleCount | CommittedBytes | VmMemoryMap | VmSeq;

    /// <summary>Flag: a denied fact gives a dummy record (denied bit set, fields zero) instead of EACCES.</summary>
    public const uint DummyOnDenied = 1u << 0;

    /// <summary>Every flag this kernel knows; any other bit is EINVAL.</summary>
    public const uint KnownFlags = DummyOnDenied;

    /// <summary>Header: u32 first_procrec_offset, u32 nr_procs.</summary>
    public const ulong HeaderBytes = 8;

    /// <summary>procrec: u32 next, u32 denied_mask, u64 koid, handle_count, committed_bytes, vm_seq, u32 first_vma_offset, u32 reserved.</summary>
    public const ulong ProcrecBytes = 48;

    /// <summary>vma record: u32 next, u32 prot, u64 start, end, vmo_koid.</summary>
    public const ulong VmaBytes = 32;

    /// <summary>MADV_WILLNEED (Linux 3): the ALWAYS_NEED hint on the backing VMOs.</summary>
    public const uint MadvWillNeed = 3;

    /// <summary>MADV_DONTNEED (Linux 4): decommit the backing pages; destructive.</summary>
    public const uint MadvDontNeed = 4;

    /// <summary>MADV_COLD (Linux 20): the DONT_NEED hint on the backing VMOs.</summary>
    public const uint MadvCold = 20;
}
