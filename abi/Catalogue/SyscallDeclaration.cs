using System.Collections.Immutable;

namespace VmoKernel.Abi;

/// <summary>
/// A syscall's real signature, declared once beside its call record: the name a scenario writes, the
/// statuses it answers, the shape of its value, its parameters in the real order (out-parameters
/// removed) and how converted arguments become the record. The scenario call table, the kernel's lock
/// planner, call rendering and generators read this instead of keeping their own lists.
/// </summary>
public sealed record SyscallDeclaration(
    string Name,
    StatusFamily Family,
    ValueShape Shape,
    ImmutableArray<ParameterDeclaration> Parameters,
    Func<IArgumentReader, Syscall> Build)
{
    /// <summary>True when the call's value names a process that <c>process NAME</c> may switch to.</summary>
    public bool CreatesProcess { get; init; }

    /// <summary>A failure status whose result still carries a value (process_getinfo's E2BIG: {size: needed}).</summary>
    public Status? ValuedFailure { get; init; }

    /// <summary>Control, Linux-style and memory-access calls answer OK or an errno; Zircon syscalls ZX_OK or ZX_ERR_*.</summary>
    public bool IsControl => Family != StatusFamily.Zircon;

    public string Usage => $"{Name}({string.Join(", ", Parameters.Select(p => p.Name))})";

    public static SyscallDeclaration Zircon(string name, ValueShape shape, ImmutableArray<ParameterDeclaration> parameters, Func<IArgumentReader, Syscall> build) =>
        new(name, StatusFamily.Zircon, shape, parameters, build);

    public static SyscallDeclaration Control(string name, ValueShape shape, ImmutableArray<ParameterDeclaration> parameters, Func<IArgumentReader, Syscall> build) =>
        new(name, StatusFamily.Control, shape, parameters, build);
}
