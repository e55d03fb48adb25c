using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>A call's arguments after conversion to their C types, read by position when the call record is built.</summary>
public sealed class CallArguments(IReadOnlyList<object> converted) : IArgumentReader
{
    public uint Word32(int index) => (uint)converted[index];

    public ulong Word64(int index) => (ulong)converted[index];

    public ByteString Bytes(int index) => (ByteString)converted[index];

    public PressureLevel Level(int index) => (PressureLevel)converted[index];

    public ImmutableArray<ulong> Koids(int index) => (ImmutableArray<ulong>)converted[index];

    public ImmutableArray<(ulong Addr, ulong Len)> IoVec(int index) => (ImmutableArray<(ulong Addr, ulong Len)>)converted[index];
}
