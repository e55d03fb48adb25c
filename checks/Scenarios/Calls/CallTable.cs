using System.Collections.Frozen;
using System.Collections.Immutable;
using VmoKernel.Abi;
using static VmoKernel.Checks.Scenarios.Calls.ParameterKind;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>
/// Every call a scenario may write, under its real name, with the argument order of
/// scenario-language.md ("How real signatures are written") and the value shapes of
/// docs/design-notes.md ("Values of calls"). A call that is not here is an error in the scenario.
/// </summary>
public static class CallTable
{
    private static readonly CallSignature[] Calls =
    [
        Zx("zx_vmo_create", ValueShape.Integer, [P("size", Word64), P("options", Word32)],
            a => new VmoCreate(a.Word64(0), a.Word32(1))),
        Zx("zx_vmo_create_contiguous", ValueShape.Integer, [P("bti", Handle), P("size", Word64), P("alignment_log2", Word32)],
            a => new VmoCreateContiguous(a.Word32(0), a.Word64(1), a.Word32(2))),
        Zx("zx_vmo_create_physical", ValueShape.Integer, [P("resource", Handle), P("paddr", Word64), P("size", Word64)],
            a => new VmoCreatePhysical(a.Word32(0), a.Word64(1), a.Word64(2))),
        Zx("zx_port_create", ValueShape.Integer, [P("options", Word32)],
            a => new PortCreate(a.Word32(0))),
        Zx("zx_pager_create", ValueShape.Integer, [P("options", Word32)],
            a => new PagerCreate(a.Word32(0))),
        Zx("zx_pager_create_vmo", ValueShape.Integer,
            [P("pager", Handle), P("options", Word32), P("port", Handle), P("key", Word64), P("size", Word64)],
            a => new PagerCreateVmo(a.Word32(0), a.Word32(1), a.Word32(2), a.Word64(3), a.Word64(4))),
        Zx("zx_vmo_read", ValueShape.Bytes, [P("vmo", Handle), P("offset", Word64), P("len", Word64)],
            a => new VmoRead(a.Word32(0), a.Word64(1), a.Word64(2))),
        Zx("zx_vmo_write", ValueShape.None, [P("vmo", Handle), P("offset", Word64), P("data", Bytes)],
            a => new VmoWrite(a.Word32(0), a.Word64(1), a.Bytes(2))),
        Zx("zx_vmo_get_size", ValueShape.Integer, [P("vmo", Handle)],
            a => new VmoGetSize(a.Word32(0))),
        Zx("zx_vmo_set_size", ValueShape.None, [P("vmo", Handle), P("size", Word64)],
            a => new VmoSetSize(a.Word32(0), a.Word64(1))),
        Zx("zx_vmo_op_range", ValueShape.Varies, [P("vmo", Handle), P("op", Word32), P("offset", Word64), P("size", Word64)],
            a => new VmoOpRange(a.Word32(0), a.Word32(1), a.Word64(2), a.Word64(3))),
        Zx("zx_vmo_create_child", ValueShape.Integer, [P("vmo", Handle), P("options", Word32), P("offset", Word64), P("size", Word64)],
            a => new VmoCreateChild(a.Word32(0), a.Word32(1), a.Word64(2), a.Word64(3))),
        Zx("zx_vmo_transfer_data", ValueShape.None,
            [P("dst", Handle), P("options", Word32), P("offset", Word64), P("length", Word64), P("src", Handle), P("src_offset", Word64)],
            a => new VmoTransferData(a.Word32(0), a.Word32(1), a.Word64(2), a.Word64(3), a.Word32(4), a.Word64(5))),
        Zx("zx_handle_duplicate", ValueShape.Integer, [P("handle", Handle), P("rights", Word32)],
            a => new HandleDuplicate(a.Word32(0), a.Word32(1))),
        Zx("zx_handle_replace", ValueShape.Integer, [P("handle", Handle), P("rights", Word32)],
            a => new HandleReplace(a.Word32(0), a.Word32(1))),
        Zx("zx_handle_close", ValueShape.None, [P("handle", Handle)],
            a => new HandleClose(a.Word32(0))),
        Zx("zx_bti_pin", ValueShape.Record, [P("bti", Handle), P("options", Word32), P("vmo", Handle), P("offset", Word64), P("size", Word64)],
            a => new BtiPin(a.Word32(0), a.Word32(1), a.Word32(2), a.Word64(3), a.Word64(4))),
        Zx("zx_pmt_unpin", ValueShape.None, [P("pmt", Handle)],
            a => new PmtUnpin(a.Word32(0))),
        Zx("zx_vmar_map", ValueShape.Integer,
            [P("vmar", Handle), P("options", Word32), P("vmar_offset", Word64), P("vmo", Handle), P("vmo_offset", Word64), P("len", Word64)],
            a => new VmarMap(a.Word32(0), a.Word32(1), a.Word64(2), a.Word32(3), a.Word64(4), a.Word64(5))),
        Zx("zx_vmar_unmap", ValueShape.None, [P("vmar", Handle), P("addr", Word64), P("len", Word64)],
            a => new VmarUnmap(a.Word32(0), a.Word64(1), a.Word64(2))),
        Zx("zx_object_get_info", ValueShape.Varies, [P("handle", Handle), P("topic", Word32)],
            a => new ObjectGetInfo(a.Word32(0), a.Word32(1))),
        new("reclaim", StatusFamily.Control, ValueShape.None, [P("level", Level)],
            a => new Reclaim(a.Level(0))),
        new("set_free_frames", StatusFamily.Control, ValueShape.None, [P("count", Word64)],
            a => new SetFreeFrames(a.Word64(0))),
        new("mem_read", StatusFamily.MemoryAccess, ValueShape.Bytes, [P("addr", Word64), P("len", Word64)],
            a => new MemRead(a.Word64(0), a.Word64(1))),
        new("mem_write", StatusFamily.MemoryAccess, ValueShape.None, [P("addr", Word64), P("data", Bytes)],
            a => new MemWrite(a.Word64(0), a.Bytes(1))),
        new("process_create", StatusFamily.Control, ValueShape.Integer, [],
            _ => new ProcessCreate()) { CreatesProcess = true },
        new("process_getinfo", StatusFamily.Control, ValueShape.Record,
            [P("procs", List), P("flags", Word32), P("mask", Word64), P("buf_size", Word64)],
            a => new ProcessGetinfo(CrossProcessArguments.Koids(a.List(0)), a.Word32(1), a.Word64(2), a.Word64(3)))
        { ValuedFailure = Status.E2big },
        new("process_madvise", StatusFamily.Control, ValueShape.Integer,
            [P("proc", Word64), P("iovec", List), P("advice", Word32), P("flags", Word32), P("vm_seq", Word64)],
            a => new ProcessMadvise(a.Word64(0), CrossProcessArguments.IoVec(a.List(1)), a.Word32(2), a.Word32(3), a.Word64(4))),
    ];

    private static readonly FrozenDictionary<string, CallSignature> ByName =
        Calls.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Every call, in table order.</summary>
    public static IReadOnlyList<CallSignature> All => Calls;

    public static bool TryGet(string name, out CallSignature signature) => ByName.TryGetValue(name, out signature!);

    private static CallSignature Zx(string name, ValueShape shape, ImmutableArray<Parameter> parameters, Func<CallArguments, Syscall> build) =>
        new(name, StatusFamily.Zircon, shape, parameters, build);

    private static Parameter P(string name, ParameterKind kind) => new(name, kind);
}
