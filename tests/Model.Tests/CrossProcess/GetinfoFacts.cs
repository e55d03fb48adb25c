using System.Buffers.Binary;
using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.CrossProcess;

/// <summary>process_getinfo in the model: layout, facts, access, E2BIG (spec/getinfo.md, INV-INFO-05..08, INV-INFO-12).</summary>
public sealed class GetinfoFacts
{
    private const ulong Page = KernelLayout.PageSize;
    private const ulong All = ProcessInfoOptions.KnownMask;

    private static ProcessGetinfo Getinfo(ulong mask, uint flags = 0, ulong bufSize = 4096, params ulong[] procs) =>
        new([.. procs], flags, mask, bufSize);

    [Fact]
    [Trait("spec", "INV-GETINFO-01")]
    public void AFreshSelfRecordHasTheDocumentedBytes()
    {
        var k = new KernelScript();
        var record = k.Record(Getinfo(All, procs: [KernelState.InitialProcessKoid]));
        var bytes = Assert.IsType<BytesValue>(record["buffer"]).Bytes.Bytes.ToArray();
        var expected = new byte[56];
        expected[0] = 8;            // first_procrec_offset
        expected[4] = 1;            // nr_procs
        expected[16] = 0x00;        // koid 1024 = 0x400, little-endian at 8 + 8
        expected[17] = 0x04;
        expected[24] = 3;           // handle_count at 8 + 16
        Assert.Equal(expected, bytes);
        Assert.Equal(Value.Int(56), record["size"]);
    }

    [Fact]
    [Trait("spec", "INV-GETINFO-01")]
    [Trait("spec", "INV-INFO-08")]
    public void VmaRecordsFollowTheirProcrecAndLinkByOffsets()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(2 * Page, 0));
        k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.Specific, 4 * Page, v, 0, Page));
        k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, v, 0, 2 * Page));
        var bytes = Assert.IsType<BytesValue>(k.Record(Getinfo(ProcessInfoOptions.VmMemoryMap, procs: [KernelState.InitialProcessKoid]))["buffer"]).Bytes.Bytes;
        Assert.Equal(8 + 48 + 64, bytes.Length);
        Assert.Equal(56u, U32(bytes, 8 + 40));          // first_vma_offset
        Assert.Equal(88u, U32(bytes, 56));              // next_vma_offset of the first
        Assert.Equal(0u, U32(bytes, 88));               // the last ends the chain
        Assert.Equal(KernelLayout.RootVmarBase, U64(bytes, 56 + 8));
        Assert.Equal(KernelLayout.RootVmarBase + (2 * Page), U64(bytes, 56 + 16));
        Assert.Equal(VmOptions.PermRead | VmOptions.PermWrite, U32(bytes, 56 + 4));
        Assert.Equal(KernelLayout.RootVmarBase + (4 * Page), U64(bytes, 88 + 8));
    }

    [Fact]
    [Trait("spec", "INV-GETINFO-04")]
    [Trait("spec", "INV-GETINFO-05")]
    [Trait("spec", "INV-INFO-06")]
    public void E2bigReportsTheNeededSizeAndReturnsTheSameState()
    {
        var k = new KernelScript();
        var before = k.State;
        var result = k.Call(Getinfo(All, bufSize: 55, procs: [KernelState.InitialProcessKoid]));
        Assert.Equal(Status.E2big, result.Status);
        Assert.Equal(Value.Record(("size", Value.Int(56))), result.Value);
        Assert.Same(before, k.State);
        Assert.Equal(Status.Ok, k.Call(Getinfo(All, bufSize: 56, procs: [KernelState.InitialProcessKoid])).Status);
        Assert.Same(before, k.State);
    }

    [Fact]
    [Trait("spec", "INV-GETINFO-03")]
    public void ProcessCreateRecordsTheCreator()
    {
        var k = new KernelScript();
        var p1 = k.Int(new ProcessCreate());
        k.Process = p1;
        var p2 = k.Int(new ProcessCreate());
        Assert.Equal(KernelState.InitialProcessKoid, k.State.Processes[p1].Creator);
        Assert.Equal(p1, k.State.Processes[p2].Creator);
        Assert.Equal(0UL, k.State.Processes[KernelState.InitialProcessKoid].Creator);
    }

    [Fact]
    [Trait("spec", "INV-GETINFO-03")]
    [Trait("spec", "INV-INFO-07")]
    public void ADeniedFactFailsWithEaccesOrGivesADummyRecord()
    {
        var k = new KernelScript();
        var p1 = k.Int(new ProcessCreate());
        k.Process = p1;
        k.Expect(Status.Eacces, Getinfo(All, procs: [KernelState.InitialProcessKoid]));
        var record = k.Record(Getinfo(All, ProcessInfoOptions.DummyOnDenied, procs: [KernelState.InitialProcessKoid]));
        var bytes = Assert.IsType<BytesValue>(record["buffer"]).Bytes.Bytes.AsSpan();
        var read = Assert.Single(GetinfoBuffer.Read(bytes, out _)!);
        Assert.Equal(new ReportedProcess(KernelState.InitialProcessKoid, (uint)(All & ~ProcessInfoOptions.Koid), 0, 0, 0, []), read with { Vmas = [] });
        Assert.Empty(read.Vmas);
    }

    [Fact]
    [Trait("spec", "INV-INFO-12")]
    public void CheckOrderPutsBitsBeforeTheListBeforeLivenessBeforeAccessBeforeSize()
    {
        var k = new KernelScript();
        var p1 = k.Int(new ProcessCreate());
        k.Process = p1;
        k.Expect(Status.Einval, new ProcessGetinfo([], 2, 0, 0));
        k.Expect(Status.Einval, new ProcessGetinfo([99999], 0, 1UL << 5, 0));
        k.Expect(Status.Einval, new ProcessGetinfo(ImmutableArray<ulong>.Empty, 0, 0, 0));
        k.Expect(Status.Esrch, Getinfo(ProcessInfoOptions.VmSeq, bufSize: 0, procs: [KernelState.InitialProcessKoid, 99999]));
        k.Expect(Status.Eacces, Getinfo(ProcessInfoOptions.VmSeq, bufSize: 0, procs: [KernelState.InitialProcessKoid]));
        k.Expect(Status.E2big, Getinfo(ProcessInfoOptions.VmSeq, ProcessInfoOptions.DummyOnDenied, 0, KernelState.InitialProcessKoid));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-05")]
    [Trait("must-fail-twin", "INV-INFO-08")]
    [Trait("must-fail-twin", "INV-GETINFO-03")]
    public void TheInvariantsFlagAForgedAnswer()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("x")));
        var call = Getinfo(All, procs: [KernelState.InitialProcessKoid]);
        var honest = k.Call(call);
        Assert.Empty(GetinfoTransitions.CheckAnswer(k.State, k.Process, call, honest));

        var bytes = Assert.IsType<BytesValue>(((RecordValue)honest.Value)["buffer"]).Bytes.Bytes.ToArray();
        var counted = (byte[])bytes.Clone();
        counted[8 + 24 + 1] = 0; // committed_bytes 0x1000 -> 0: a page counted in no VMO
        Assert.Contains("INV-INFO-05", Forged(k, call, counted));
        var looping = (byte[])bytes.Clone();
        looping[8] = 8;          // next_procrec_offset pointing at itself
        Assert.Contains("INV-INFO-08", Forged(k, call, looping));
        var denied = (byte[])bytes.Clone();
        denied[8 + 4] = 2;       // a denied bit on a readable process
        Assert.Contains("INV-GETINFO-03", Forged(k, call, denied));
    }

    private static uint U32(ImmutableArray<byte> bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan()[at..]);

    private static ulong U64(ImmutableArray<byte> bytes, int at) => BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan()[at..]);

    private static IEnumerable<string> Forged(KernelScript k, ProcessGetinfo call, byte[] buffer) =>
        GetinfoTransitions.CheckAnswer(k.State, k.Process, call, SyscallResult.Ok(Value.Record(
            ("size", Value.Int((ulong)buffer.Length)), ("buffer", Value.Of(ByteString.Of(buffer)))))).Select(v => v.Id);
}
