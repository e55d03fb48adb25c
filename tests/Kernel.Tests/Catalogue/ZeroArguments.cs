using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Kernel.Catalogue;

/// <summary>Every parameter zero or empty: handle 0 (never valid), size 0, no processes, no ranges, level NORMAL.</summary>
internal sealed class ZeroArguments : IArgumentReader
{
    public uint Word32(int index) => 0;

    public ulong Word64(int index) => 0;

    public ByteString Bytes(int index) => ByteString.Of([]);

    public PressureLevel Level(int index) => PressureLevel.Normal;

    public ImmutableArray<ulong> Koids(int index) => [];

    public ImmutableArray<(ulong Addr, ulong Len)> IoVec(int index) => [];
}
