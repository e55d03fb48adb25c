using System.Text;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// Writes a path of calls as a scenario (scenario-language.md) that <c>checks scenario</c> runs: each
/// call with the status the model gave, handles by the names their calls were bound to (<c>root_vmar</c>,
/// <c>bti</c>, <c>h1</c>, <c>pin1.pmt</c>...), processes by <c>p1 = process_create()</c>, constants by their
/// kernel names and sizes in pages. Values are not matched, only statuses, so the scenario states what
/// the path did without pinning koids or addresses.
/// </summary>
public static class ScenarioWriter
{
    public static string Write(string name, IEnumerable<string> comments, IReadOnlyList<PathStep> steps)
    {
        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            text.Append("# ").AppendLine(comment);
        }

        text.Append("scenario \"").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).AppendLine("\"");
        var names = new Names();
        var current = KernelState.InitialProcessKoid;
        foreach (var step in steps)
        {
            if (step.Process != current)
            {
                current = step.Process;
                text.Append("  process ").AppendLine(names.Process(current));
            }

            var binding = names.Bind(step);
            var call = $"{step.Call.Name}({string.Join(", ", Arguments(step.Call, step.Process, names))})";
            text.Append("  ").Append(binding is null ? "" : $"{binding} = ").Append(call)
                .Append(" => ").AppendLine(StatusNames.Name(step.Result.Status));
        }

        return text.AppendLine("end").ToString();
    }

    /// <summary>
    /// A call's arguments as a scenario writes them. Only calls with a word the declaration cannot
    /// spell are listed: options, rights, ops and topics as named constants, an address in hex, a frame
    /// count in decimal; every other call takes the form its declaration gives.
    /// </summary>
    private static IEnumerable<string> Arguments(Syscall call, ulong p, Names n) => call switch
    {
        VmoCreate c => [Size(c.Size), Constants.Flags(c.Options, Constants.CreateOptions)],
        VmoOpRange c => [n.Handle(p, c.Vmo), Constants.Exact(c.Op, "ZX_VMO_OP_"), Size(c.Offset), Size(c.Size)],
        VmoCreateChild c => [n.Handle(p, c.Vmo), Constants.Flags(c.Options, "ZX_VMO_CHILD_"), Size(c.Offset), Size(c.Size)],
        VmoTransferData c => [n.Handle(p, c.Dst), Size(c.Options), Size(c.Offset), Size(c.Length), n.Handle(p, c.Src), Size(c.SrcOffset)],
        HandleDuplicate c => [n.Handle(p, c.Handle), Constants.Flags(c.Rights, "ZX_RIGHT_")],
        HandleReplace c => [n.Handle(p, c.Handle), Constants.Flags(c.Rights, "ZX_RIGHT_")],
        ObjectGetInfo c => [n.Handle(p, c.Handle), Constants.Exact(c.Topic, "ZX_INFO_")],
        BtiPin c => [n.Handle(p, c.Bti), Constants.Flags(c.Options, "ZX_BTI_"), n.Handle(p, c.Vmo), Size(c.Offset), Size(c.Size)],
        VmarMap c => [n.Handle(p, c.Vmar), Constants.Flags(c.Options, "ZX_VM_"), Size(c.VmarOffset), n.Handle(p, c.Vmo), Size(c.VmoOffset), Size(c.Length)],
        VmarUnmap c => [n.Handle(p, c.Vmar), $"0x{c.Address:x}", Size(c.Length)],
        SetFreeFrames c => [c.Count == ulong.MaxValue ? "U64_MAX" : c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        _ => Declared(call, p, n),
    };

    /// <summary>The form the call's declaration gives: handles by name, words as sizes, bytes spelled out.</summary>
    private static IEnumerable<string> Declared(Syscall call, ulong p, Names n) =>
        call.Arguments().Zip(call.Declaration.Parameters, (argument, parameter) => (argument, parameter.Kind) switch
        {
            (uint handle, ParameterKind.Handle) => n.Handle(p, handle),
            (ulong word, _) => Size(word),
            (ByteString data, _) => Bytes(data),
            (PressureLevel level, _) => Constants.Level(level),
            _ => Syscall.Render(argument),
        });

    private static string Bytes(ByteString data) => $"bytes({string.Join(", ", data.Bytes.Select(b => $"0x{b:x2}"))})";

    /// <summary>Sizes and offsets as a scenario writes them: <c>0</c>, <c>2p</c>, <c>U64_MAX</c>, else hex.</summary>
    public static string Size(ulong value) =>
        value == ulong.MaxValue ? "U64_MAX"
        : value == 0 ? "0"
        : value % KernelLayout.PageSize == 0 ? $"{value / KernelLayout.PageSize}p"
        : value < 10 ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"0x{value:x}";

    /// <summary>The names a scenario uses for processes and handles, bound as the path creates them.</summary>
    private sealed class Names
    {
        private readonly Dictionary<ulong, string> _processes = new() { [KernelState.InitialProcessKoid] = "p0" };
        private readonly Dictionary<(ulong, uint), string> _handles = new()
        {
            [(KernelState.InitialProcessKoid, KernelLayout.HandleValue(1))] = "root_vmar",
            [(KernelState.InitialProcessKoid, KernelLayout.HandleValue(2))] = "bti",
            [(KernelState.InitialProcessKoid, KernelLayout.HandleValue(3))] = "root_resource",
        };

        private int _bound;

        public string Process(ulong koid) => _processes.TryGetValue(koid, out var name) ? name : $"{koid}";

        public string Handle(ulong process, uint value) =>
            value == KernelConstants.HandleInvalid ? "ZX_HANDLE_INVALID"
            : _handles.TryGetValue((process, value), out var name) ? name
            : $"0x{value:x}";

        /// <summary>The name a successful call's value gets, if later lines may use it.</summary>
        public string? Bind(PathStep step)
        {
            if (!step.Result.Succeeded)
            {
                return null;
            }

            switch (step.Call, step.Result.Value)
            {
                case (ProcessCreate, IntValue koid):
                    var process = $"p{_processes.Count}";
                    _processes[koid.Number] = process;
                    return process;
                case (VmoCreate or VmoCreateChild or HandleDuplicate or HandleReplace, IntValue handle):
                    var name = $"h{++_bound}";
                    _handles[(step.Process, (uint)handle.Number)] = name;
                    return name;
                case (BtiPin, RecordValue pin) when pin["pmt"] is IntValue pmt:
                    var pinName = $"pin{++_bound}";
                    _handles[(step.Process, (uint)pmt.Number)] = $"{pinName}.pmt";
                    return pinName;
                default:
                    return null;
            }
        }
    }
}
