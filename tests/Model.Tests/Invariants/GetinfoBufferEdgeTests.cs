using System.Buffers.Binary;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of <see cref="GetinfoBuffer"/>, the reader INV-INFO-08 judges process_getinfo answers with: a
/// real answer (one procrec at offset 8, one vma record at 56, 88 bytes) reads back with no breach, and
/// each layout rule broken on its own bytes yields exactly its breach text.
/// </summary>
public sealed class GetinfoBufferEdgeTests
{
    private const int ProcrecAt = 8;
    private const int VmaAt = 56;
    private const int Length = 88;

    /// <summary>p0's answer about itself with every fact granted and one mapping, and the state it describes.</summary>
    private static (byte[] Buffer, KernelState State) OneMappingAnswer()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, a, 0, KernelLayout.PageSize));
        var answer = k.Record(new ProcessGetinfo([k.Process], 0, ProcessInfoOptions.KnownMask, 4096));
        var buffer = Assert.IsType<BytesValue>(answer["buffer"]).Bytes.Bytes.ToArray();
        Assert.Equal(Length, buffer.Length);
        return (buffer, k.State);
    }

    private static string Breach(byte[] buffer)
    {
        Assert.Null(GetinfoBuffer.Read(buffer, out var breach));
        return breach;
    }

    private static byte[] With(byte[] buffer, int offset, uint value)
    {
        var copy = buffer.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(offset), value);
        return copy;
    }

    [Fact]
    public void ARealAnswerReadsBackAsTheStateWithNoBreach()
    {
        var (buffer, state) = OneMappingAnswer();
        var p0 = KernelState.InitialProcessKoid;
        var records = GetinfoBuffer.Read(buffer, out var breach);
        Assert.Equal("", breach);
        var record = Assert.Single(records!);
        var expected = GetinfoTransitions.Expected(state, p0, p0, ProcessInfoOptions.KnownMask);
        Assert.Equal(expected with { Vmas = [] }, record with { Vmas = [] });
        Assert.Equal<ReportedVma>(expected.Vmas, record.Vmas);
        Assert.Single(record.Vmas);
    }

    [Fact]
    public void AHeaderAloneWithNoRecordsIsAValidEmptyAnswer()
    {
        var records = GetinfoBuffer.Read(new byte[8], out var breach);
        Assert.Empty(records!);
        Assert.Equal("", breach);
    }

    [Fact]
    public void ABufferShorterThanTheHeaderIsABreach() =>
        Assert.Equal("7 bytes cannot hold the 8-byte header", Breach(new byte[7]));

    [Fact]
    public void AProcrecBeyondNrProcsIsABreach()
    {
        var (buffer, _) = OneMappingAnswer();
        Assert.Equal("procrec 0 at offset 8, expected 8 within 88 bytes and at most 0 records", Breach(With(buffer, 4, 0)));
    }

    [Fact]
    public void AProcrecNotWhereTheHeaderEndsIsABreach()
    {
        var (buffer, _) = OneMappingAnswer();
        Assert.Equal("procrec 0 at offset 16, expected 8 within 88 bytes and at most 1 records", Breach(With(buffer, 0, 16)));
    }

    [Fact]
    public void AVmaRecordNotWhereItsProcrecEndsIsABreach()
    {
        var (buffer, _) = OneMappingAnswer();
        Assert.Equal(
            "vma record 0 of the procrec at 8 is at offset 52, expected 56 within 88 bytes",
            Breach(With(buffer, ProcrecAt + 40, VmaAt - 4)));
    }

    [Fact]
    public void AVmaRecordCutShortByTheBufferEndIsABreach()
    {
        var (buffer, _) = OneMappingAnswer();
        Assert.Equal(
            "vma record 0 of the procrec at 8 is at offset 56, expected 56 within 80 bytes",
            Breach(buffer[..(Length - 8)]));
    }

    [Fact]
    public void BytesAfterTheChainAreABreach()
    {
        var (buffer, _) = OneMappingAnswer();
        Assert.Equal("the chain holds 1 of nr_procs 1 records and ends at 88 of 96 bytes", Breach([.. buffer, .. new byte[8]]));
    }

    [Fact]
    public void FewerRecordsThanNrProcsAreABreach()
    {
        var (buffer, _) = OneMappingAnswer();
        Assert.Equal("the chain holds 1 of nr_procs 2 records and ends at 88 of 88 bytes", Breach(With(buffer, 4, 2)));
    }
}
