using System.Collections.Immutable;

namespace VmoKernel.Tests.Model.Properties;

/// <summary>A generated sequence of calls, run from a fresh kernel.</summary>
public sealed record CallScript(ImmutableArray<CallTemplate> Calls)
{
    public override string ToString() => string.Join(Environment.NewLine, Calls.Select((c, i) => $"{i,3}: {c}"));
}
