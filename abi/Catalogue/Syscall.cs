using System.Collections.Immutable;

namespace VmoKernel.Abi;

/// <summary>
/// One call into the kernel, as a record of its arguments in the real signature's order with
/// out-parameters removed (scenario-language.md, "How real signatures are written"). Each record in
/// abi/Syscalls declares its signature once (<see cref="Declaration"/>) and routes itself to a kernel's
/// handler (<see cref="Accept{TContext, TResult}"/>). Handle arguments are the caller's handle values;
/// who the caller is travels beside the call.
/// </summary>
public abstract record Syscall
{
    /// <summary>The real signature, shared by every record of this call.</summary>
    public abstract SyscallDeclaration Declaration { get; }

    /// <summary>The call's real name, as a scenario writes it (e.g. <c>zx_vmo_create</c>).</summary>
    public string Name => Declaration.Name;

    /// <summary>True for control calls (<c>reclaim</c>, <c>set_free_frames</c>, ...), which answer OK or an errno, not ZX_*.</summary>
    public bool IsControl => Declaration.IsControl;

    /// <summary>The arguments in the real order, one per declared parameter.</summary>
    public abstract IEnumerable<object> Arguments();

    /// <summary>Calls the visitor's method for this record: the compile-time dispatch every kernel implements.</summary>
    public abstract TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context);

    /// <summary>The handle arguments whose parameter names an object of one of <paramref name="targets"/>, in argument order.</summary>
    public IEnumerable<uint> Handles(params HandleTarget[] targets)
    {
        var parameters = Declaration.Parameters;
        var i = 0;
        foreach (var argument in Arguments())
        {
            var parameter = parameters[i++];
            if (parameter.IsHandle && (targets.Length == 0 || targets.Contains(parameter.Names)))
            {
                yield return (uint)argument;
            }
        }
    }

    public sealed override string ToString() => $"{Name}({string.Join(", ", Arguments().Select(Render))})";

    /// <summary>An argument as a log shows it: large words in hex, lists in brackets, ranges as (addr, len).</summary>
    public static string Render(object argument) => argument switch
    {
        ulong n when n >= 4096 => $"0x{n:x}",
        uint n when n >= 4096 => $"0x{n:x}",
        ImmutableArray<ulong> koids => $"[{string.Join(", ", koids)}]",
        ImmutableArray<(ulong Addr, ulong Len)> ranges => $"[{string.Join(", ", ranges.Select(r => $"(0x{r.Addr:x}, 0x{r.Len:x})"))}]",
        _ => argument.ToString() ?? "",
    };
}
