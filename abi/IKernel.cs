namespace VmoKernel.Abi;

/// <summary>
/// A kernel that answers calls: the executable model, or the actor kernel behind an adapter.
/// The scenario runner and the comparison tests drive either through this one interface.
/// </summary>
public interface IKernel
{
    /// <summary>The koid of the first process, <c>p0</c>, which exists in a fresh kernel.</summary>
    ulong InitialProcess { get; }

    /// <summary>Names bound in a fresh kernel (<c>root_vmar</c>, <c>bti</c>, <c>root_resource</c>) and their handle values in p0.</summary>
    IReadOnlyDictionary<string, ulong> InitialBindings { get; }

    /// <summary>Runs one call as the given process and returns its result; never throws for bad input.</summary>
    Task<SyscallResult> InvokeAsync(ulong process, Syscall call);
}
