using System.Collections.Immutable;

namespace VmoKernel.Model.Invariants;

/// <summary>One procrec read back from a process_getinfo buffer, with its vma records in chain order.</summary>
public sealed record ReportedProcess(
    ulong Koid,
    uint Denied,
    ulong HandleCount,
    ulong CommittedBytes,
    ulong VmSeq,
    ImmutableArray<ReportedVma> Vmas);
