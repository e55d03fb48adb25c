using System.Collections.Immutable;

namespace VmoKernel.Kernel.State;

/// <summary>A committed page: the frame that backs it and its 4096 bytes.</summary>
public sealed record Page(ulong Frame, ImmutableArray<byte> Bytes);
