namespace VmoKernel.Model.State;

/// <summary>A committed page of a VMO: the physical frame that backs it and the bytes it holds.</summary>
public sealed record PageSlot(ulong Frame, PageBytes Data);
