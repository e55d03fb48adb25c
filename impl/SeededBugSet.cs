using System.Collections.Immutable;

namespace VmoKernel.Kernel;

/// <summary>The seeded bugs switched on for one kernel instance (none by default).</summary>
public sealed record SeededBugSet
{
    public static readonly SeededBugSet None = new(ImmutableHashSet<SeededBug>.Empty);

    private SeededBugSet(ImmutableHashSet<SeededBug> bugs) => Bugs = bugs;

    public ImmutableHashSet<SeededBug> Bugs { get; }

    public static SeededBugSet Of(params SeededBug[] bugs) => new(ImmutableHashSet.CreateRange(bugs));

    public bool Has(SeededBug bug) => Bugs.Contains(bug);

    public bool Equals(SeededBugSet? other) => other is not null && Bugs.SetEquals(other.Bugs);

    public override int GetHashCode() => Bugs.Aggregate(0, (h, b) => h ^ b.GetHashCode());

    public override string ToString() => Bugs.IsEmpty ? "none" : string.Join(",", Bugs.OrderBy(b => b));
}
