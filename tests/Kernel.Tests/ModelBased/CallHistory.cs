using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// The model side of the FsCheck machine: the calls made so far. The model kernel itself lives in
/// <see cref="KernelPair"/> (it is mutable); this immutable history is what generation looks at, to
/// aim handles at objects that exist: p0's handle numbering is fixed by the design notes.
/// </summary>
public sealed record CallHistory(ImmutableList<Syscall> Calls)
{
    public static CallHistory Empty { get; } = new(ImmutableList<Syscall>.Empty);

    /// <summary>Handle values p0 may hold by now: its three initial handles and one per call that can make a handle.</summary>
    public IReadOnlyList<uint> LikelyHandles =>
        [.. Enumerable.Range(1, 3 + Calls.Count(c => c is VmoCreate or VmoCreateChild or HandleDuplicate or BtiPin)).Select(i => KernelLayout.HandleValue((uint)i))];

    public CallHistory After(Syscall call) => new(Calls.Add(call));

    public override string ToString() => $"{Calls.Count} call(s)";
}
