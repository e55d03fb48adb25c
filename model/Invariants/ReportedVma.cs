namespace VmoKernel.Model.Invariants;

/// <summary>One vma record read back from a process_getinfo buffer (spec/getinfo.md, INV-GETINFO-01).</summary>
public sealed record ReportedVma(ulong Start, ulong End, uint Prot, ulong VmoKoid);
