using VmoKernel.Abi;

namespace VmoKernel.Tests.Scenario.Doubles;

/// <summary>
/// TEST DOUBLE, not a kernel model: a tiny scripted kernel so the runner's own behaviour (binding,
/// matching, reporting) is tested without depending on the model. VMOs are byte arrays; handles
/// count up per kernel; anything it does not script answers ZX_ERR_NOT_SUPPORTED.
/// </summary>
public class FakeKernel : IKernel
{
    public const ulong FirstProcess = 1024;

    private readonly Dictionary<ulong, byte[]> _vmos = [];
    private readonly List<(ulong Process, Syscall Call)> _calls = [];
    private uint _nextHandle = 4;
    private ulong _nextProcess = FirstProcess + 10;

    public ulong InitialProcess => FirstProcess;

    public IReadOnlyDictionary<string, ulong> InitialBindings { get; } = new Dictionary<string, ulong>
    {
        ["root_vmar"] = KernelLayout.HandleValue(1),
        ["bti"] = KernelLayout.HandleValue(2),
        ["root_resource"] = KernelLayout.HandleValue(3),
    };

    /// <summary>Every call received, with the process it ran as.</summary>
    public IReadOnlyList<(ulong Process, Syscall Call)> Calls => _calls;

    public virtual Task<SyscallResult> InvokeAsync(ulong process, Syscall call)
    {
        _calls.Add((process, call));
        return Task.FromResult(Answer(call));
    }

    private SyscallResult Answer(Syscall call) => call switch
    {
        VmoCreate c => Create(c.Size),
        VmoWrite w when _vmos.TryGetValue(w.Vmo, out var vmo) => Write(vmo, w.Offset, w.Data),
        VmoRead r when _vmos.TryGetValue(r.Vmo, out var vmo) => Read(vmo, r.Offset, r.Length),
        VmoGetSize s when _vmos.TryGetValue(s.Vmo, out var vmo) => SyscallResult.ZxOk(Value.Int((ulong)vmo.Length)),
        VmoOpRange { Op: VmoOp.Lock } o when _vmos.ContainsKey(o.Vmo) => SyscallResult.ZxOk(Value.Record(
            ("offset", Value.Int(o.Offset)), ("size", Value.Int(o.Size)), ("discarded_offset", Value.Int(0)), ("discarded_size", Value.Int(0)))),
        VmoOpRange o when _vmos.ContainsKey(o.Vmo) => SyscallResult.ZxOk(),
        BtiPin p when _vmos.ContainsKey(p.Vmo) => SyscallResult.ZxOk(Value.Record(
            ("pmt", Value.Int(NextHandle())),
            ("addrs", Value.List(Enumerable.Range(0, (int)(p.Size / KernelLayout.PageSize)).Select(i => Value.Int(KernelLayout.FrameBase + ((ulong)i * KernelLayout.PageSize))))))),
        HandleClose h => _vmos.Remove(h.Handle) ? SyscallResult.ZxOk() : SyscallResult.Error(Status.ZxErrBadHandle),
        ProcessCreate => SyscallResult.Ok(Value.Int(_nextProcess++)),
        Reclaim or SetFreeFrames => SyscallResult.Ok(),
        VmoWrite or VmoRead or VmoGetSize or VmoOpRange or BtiPin => SyscallResult.Error(Status.ZxErrBadHandle),
        _ => SyscallResult.Error(call.IsControl ? Status.Enosys : Status.ZxErrNotSupported),
    };

    private SyscallResult Create(ulong size)
    {
        if (size > 1 << 20)
        {
            return SyscallResult.Error(Status.ZxErrNoMemory);
        }

        var handle = NextHandle();
        _vmos[handle] = new byte[size];
        return SyscallResult.ZxOk(Value.Int(handle));
    }

    private uint NextHandle() => KernelLayout.HandleValue(_nextHandle++);

    private static SyscallResult Write(byte[] vmo, ulong offset, ByteString data)
    {
        if (offset > (ulong)vmo.Length || (ulong)data.Length > (ulong)vmo.Length - offset)
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        data.Bytes.CopyTo(vmo, (int)offset);
        return SyscallResult.ZxOk();
    }

    private static SyscallResult Read(byte[] vmo, ulong offset, ulong length) =>
        offset > (ulong)vmo.Length || length > (ulong)vmo.Length - offset
            ? SyscallResult.Error(Status.ZxErrOutOfRange)
            : SyscallResult.ZxOk(Value.Of(ByteString.Of(vmo.AsSpan((int)offset, (int)length))));
}
