using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.Tests.Catalogue;

/// <summary>
/// A distinct sample value for every parameter position, by the parameter's declared kind, so a
/// declaration whose builder reads the wrong position or the wrong kind builds a record whose arguments
/// differ from the samples (or throws).
/// </summary>
internal sealed class SampleArguments(SyscallDeclaration declaration) : IArgumentReader
{
    public IReadOnlyList<object> Values { get; } = [.. declaration.Parameters.Select((p, i) => Sample(p.Kind, i))];

    public uint Word32(int index) => (uint)Values[index];

    public ulong Word64(int index) => (ulong)Values[index];

    public ByteString Bytes(int index) => (ByteString)Values[index];

    public PressureLevel Level(int index) => (PressureLevel)Values[index];

    public ImmutableArray<ulong> Koids(int index) => (ImmutableArray<ulong>)Values[index];

    public ImmutableArray<(ulong Addr, ulong Len)> IoVec(int index) => (ImmutableArray<(ulong Addr, ulong Len)>)Values[index];

    private static object Sample(ParameterKind kind, int position) => kind switch
    {
        ParameterKind.Handle or ParameterKind.Word32 => (uint)(0x1000 + position),
        ParameterKind.Word64 => 0x1_0000_0000UL + (ulong)position,
        ParameterKind.Bytes => ByteString.Of([(byte)position, 0xAB]),
        ParameterKind.Level => (PressureLevel)(position % 5),
        ParameterKind.KoidList => ImmutableArray.Create(7000UL + (ulong)position, 7001UL),
        ParameterKind.IoVec => ImmutableArray.Create((0x10_0000UL + (ulong)position, 0x1000UL)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a parameter kind with no sample"),
    };
}
