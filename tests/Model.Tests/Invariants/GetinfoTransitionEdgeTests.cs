using System.Buffers.Binary;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of <see cref="GetinfoTransitions"/>: a process_getinfo step whose answer or E2BIG size is
/// wrong in exactly one way is reported in full, and correct answers at the boundaries (a buffer one
/// byte short, a fact not asked, several mappings, a refused call) are not.
/// </summary>
public sealed class GetinfoTransitionEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;
    private const int ProcrecVmSeq = 8 + 32;

    /// <summary>p0 with two written VMOs, each mapped once.</summary>
    private static (KernelScript K, ulong[] Addresses) TwoMappings()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        ulong[] addresses =
        [
            k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, a, 0, Page)),
            k.Int(new VmarMap(KernelScript.RootVmar, VmOptions.PermRead, 0, b, 0, Page)),
        ];
        return (k, addresses);
    }

    private static ProcessGetinfo AllFactsOfP0(ulong bufSize) =>
        new([KernelState.InitialProcessKoid], 0, ProcessInfoOptions.KnownMask, bufSize);

    private static string[] Messages(KernelState before, Syscall call, SyscallResult result, KernelState after) =>
        ReportedViolations.OfStep(before, KernelState.InitialProcessKoid, call, result, after);

    [Fact]
    [Trait("must-fail-twin", "INV-GETINFO-05")]
    public void E2bigForABufferExactlyTheNeededSizeBreaksInvGetinfo05()
    {
        var (k, _) = TwoMappings();
        var needed = GetinfoTransitions.Needed(k.State, k.Process, AllFactsOfP0(0));
        var call = AllFactsOfP0(needed);
        Assert.True(k.Call(call).Succeeded);
        var result = new SyscallResult(Status.E2big, Value.Record(("size", Value.Int(needed))));
        Assert.Equal([$"INV-GETINFO-05: {call} => {result}: needed {needed} bytes"], Messages(k.State, call, result, k.State));
    }

    [Fact]
    public void E2bigForABufferOneByteShortIsCorrect()
    {
        var (k, _) = TwoMappings();
        var call = AllFactsOfP0(GetinfoTransitions.Needed(k.State, k.Process, AllFactsOfP0(0)) - 1);
        var before = k.State;
        var result = k.Call(call);
        Assert.Equal(Status.E2big, result.Status);
        Assert.Empty(Messages(before, call, result, k.State));
    }

    [Fact]
    public void ARefusedGetinfoHasNoAnswerToJudge()
    {
        var (k, _) = TwoMappings();
        var call = new ProcessGetinfo([KernelState.InitialProcessKoid], 0, ProcessInfoOptions.KnownMask << 1, 4096);
        var before = k.State;
        var result = k.Call(call);
        Assert.Equal(Status.Einval, result.Status);
        Assert.Empty(Messages(before, call, result, k.State));
    }

    [Fact]
    public void AnAnswerWithoutTheKoidFactSaysKoidZeroAndIsCorrect()
    {
        var (k, _) = TwoMappings();
        var call = new ProcessGetinfo([KernelState.InitialProcessKoid], 0, ProcessInfoOptions.KnownMask & ~ProcessInfoOptions.Koid, 4096);
        var before = k.State;
        var result = k.Call(call);
        Assert.True(result.Succeeded);
        Assert.Empty(Messages(before, call, result, k.State));
        Assert.Equal(0UL, GetinfoTransitions.Expected(before, k.Process, k.Process, call.Mask).Koid);
    }

    [Fact]
    public void TwoMappingsAreReportedInAddressOrderAndAreCorrect()
    {
        var (k, addresses) = TwoMappings();
        var call = AllFactsOfP0(4096);
        var before = k.State;
        var result = k.Call(call);
        Assert.Empty(Messages(before, call, result, k.State));
        var starts = GetinfoTransitions.Expected(before, k.Process, k.Process, call.Mask).Vmas.Select(v => v.Start);
        Assert.Equal(addresses.Order(), starts);
    }

    [Fact]
    [Trait("must-fail-twin", "INV-INFO-05")]
    public void AnAnswerWithAStaleVmSeqBreaksInvInfo05()
    {
        var (k, _) = TwoMappings();
        var call = AllFactsOfP0(4096);
        var before = k.State;
        var answer = k.Record(call);
        var bytes = Assert.IsType<BytesValue>(answer["buffer"]).Bytes.Bytes.ToArray();
        var p0 = before.Processes[k.Process];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(ProcrecVmSeq), p0.VmSeq + 1);
        var wrong = SyscallResult.Ok(Value.Record(("size", answer["size"]!), ("buffer", Value.Of(ByteString.Of(bytes)))));
        string Render(ulong vmSeq) =>
            $"{{koid {p0.Koid}, denied 0x0, handles {p0.Handles.Count}, committed {2 * Page}, vm_seq {vmSeq}, vmas ["
            + string.Join(", ", p0.Mappings.Values.Select(m => $"0x{m.Address:x}-0x{m.End:x} prot {m.Permissions} vmo {m.VmoKoid}"))
            + "]}";
        Assert.Equal(
            [$"INV-INFO-05: {call}: record 0 is {Render(p0.VmSeq + 1)}, the state holds {Render(p0.VmSeq)}"],
            Messages(before, call, wrong, k.State));
        Assert.Equal(2, p0.Mappings.Count);
    }
}
