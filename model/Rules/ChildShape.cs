using System.Collections.Immutable;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>What a new child VMO will be: its size, traits, link to the parent and captured contents.</summary>
public sealed record ChildShape(ulong Size, VmoTraits Traits, ParentLink Link, ImmutableSortedDictionary<ulong, PageBytes> Captured, ulong PhysicalBase)
{
    public VmoState Build(ulong koid, ulong clock) => VmoState.Create(koid, Size, Traits, clock) with
    {
        Parent = Link,
        Captured = Captured,
        PhysicalBase = PhysicalBase,
    };
}
