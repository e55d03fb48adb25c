using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Calls;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// Calls as a kernel engineer writes them, <c>zx_vmo_read(0x23, 0, 0x1000)</c>, for assert messages and
/// step logs. (Each <see cref="Syscall"/> record synthesizes its own <c>ToString</c>, which prints the
/// record's properties instead of the call.)
/// </summary>
public static class CallText
{
    public static string Of(Syscall call) => call switch
    {
        // The op is what a reader looks for first; give it its name.
        VmoOpRange op => $"{call.Name}({op.Vmo}, {OpName(op.Op)}, {Argument(op.Offset)}, {Argument(op.Size)})",
        _ => $"{call.Name}({string.Join(", ", call.Arguments().Select(Argument))})",
    };

    /// <summary>
    /// The call with its handle arguments written <c>h43</c> (the story view), so a handle is never read
    /// as a size or a koid. Handle arguments are the ones the call's declaration types as handles.
    /// </summary>
    public static string WithHandles(Syscall call)
    {
        var parameters = call.Declaration.Parameters;
        var text = call.Arguments().Select((argument, i) =>
            parameters[i].IsHandle ? $"h{argument}" : call is VmoOpRange && i == 1 ? OpName((uint)argument) : Argument(argument));
        return $"{call.Name}({string.Join(", ", text)})";
    }

    /// <summary><c>p1024: zx_vmo_read(0x23, 0, 0x1000) => ZX_OK zeros(4096)</c>.</summary>
    public static string Of(ulong process, Syscall call, SyscallResult result) => $"p{process}: {Of(call)} => {Of(call, result)}";

    /// <summary>A result as a scenario would show it: a process_getinfo buffer decoded into its records.</summary>
    public static string Of(Syscall call, SyscallResult result)
    {
        try
        {
            return ProcessInfoDecoder.Present(call, result).ToString();
        }
        catch (InvalidDataException e)
        {
            return $"{result} (a buffer that breaks the getinfo layout: {e.Message})";
        }
    }

    public static string Of(CallLinearizedNotification n) => Of(n.Process, n.Call, n.Result);

    /// <summary><c>frame 5 to VMO 1029 page 2</c>, or <c>frame 5 freed</c>.</summary>
    public static string Of(FrameMove move) =>
        move.Owner is { } owner ? $"frame {move.Frame} to VMO {owner} page {move.Page}" : $"frame {move.Frame} freed";

    private static string OpName(uint op) =>
        KernelConstants.All.FirstOrDefault(c => c.Name.StartsWith("ZX_VMO_OP_", StringComparison.Ordinal) && c.Value == op).Name ?? op.ToString();

    private static string Argument(object argument) => Syscall.Render(argument);
}
