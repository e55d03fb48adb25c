using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Running;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>
/// The list arguments of the cross-process calls (spec/abi-extensions.md): process_getinfo's
/// <c>procs</c>, a list of koids <c>[p0, p1]</c>, and process_madvise's <c>iovec</c>, a list of
/// (addr, len) tuples <c>[(a, 1p), (a + 2p, 1p)]</c>. A malformed element is an error in the scenario.
/// </summary>
public static class CrossProcessArguments
{
    public static ImmutableArray<ulong> Koids(ListValue list) =>
        [.. list.Items.Select((item, i) => item is IntValue { Number: var koid }
            ? koid
            : throw new StatementException($"process_getinfo: procs[{i}] must be a process koid, got {item}"))];

    public static ImmutableArray<(ulong Addr, ulong Len)> IoVec(ListValue list) =>
        [.. list.Items.Select((item, i) => item is ListValue { Items: [IntValue addr, IntValue len] }
            ? (addr.Number, len.Number)
            : throw new StatementException($"process_madvise: iovec[{i}] must be an (addr, len) tuple, got {item}"))];
}
