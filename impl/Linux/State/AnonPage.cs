using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Kernel.Linux.State;

/// <summary>An anonymous page, keyed in the world by the frame that backs it: its bytes (copy-on-write shares one page among several entries).</summary>
internal sealed record AnonPage(ulong Frame, ByteString Data);

/// <summary>The pages of a MAP_SHARED anonymous mapping by page index (shmem), as frames; fork shares it.</summary>
internal sealed record ShmObject(ulong Id, ImmutableSortedDictionary<ulong, ulong> Frames);
