using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>A create_child call after the handle checks: options without NO_WRITE, size page-rounded.</summary>
public sealed record ChildRequest(KernelState State, VmoState Parent, uint Options, ulong Offset, ulong Size, bool NoWrite);
