using System.Collections.Immutable;

namespace VmoKernel.Abi;

/// <summary>
/// Arguments already converted to their parameters' C types, read by position when a declaration builds
/// its call record. The scenario runner, generators and trace readers each supply one.
/// </summary>
public interface IArgumentReader
{
    uint Word32(int index);

    ulong Word64(int index);

    ByteString Bytes(int index);

    PressureLevel Level(int index);

    ImmutableArray<ulong> Koids(int index);

    ImmutableArray<(ulong Addr, ulong Len)> IoVec(int index);
}
