using System.Collections.Immutable;

namespace VmoKernel.Abi;

/// <summary>One procrec of a process_getinfo answer, as the layout writes it (facts not granted are zero).</summary>
public sealed record ProcessInfoRecord(ulong Koid, ulong Denied, ulong HandleCount, ulong CommittedBytes, ulong VmSeq, ImmutableArray<VmaInfoRecord> Vmas);

/// <summary>One vma record of a procrec: the mapping's permissions, range and VMO.</summary>
public readonly record struct VmaInfoRecord(uint Prot, ulong Start, ulong End, ulong VmoKoid);
