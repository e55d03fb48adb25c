using System.Collections.Immutable;

namespace VmoKernel.Checks.Report;

/// <summary>One spec entry and every check citing it, by kind, each kind's names sorted and distinct.</summary>
public sealed record MatrixRow(SpecEntry Entry, ImmutableDictionary<CheckKind, ImmutableArray<Citation>> Checks)
{
    public IEnumerable<Citation> Of(CheckKind kind) => Checks.GetValueOrDefault(kind, []);

    public int Count(CheckKind kind) => Of(kind).Count();

    public bool HasCheck => !Checks.IsEmpty;

    public bool HasTwin => Checks.Keys.Any(k => k.IsTwin());

    /// <summary>
    /// The entry's <c>checks:</c> bullet value as the matrix says it: the distinct references in the
    /// order of spec/README.md's forms, or <c>(none yet)</c>.
    /// </summary>
    public string Bullet
    {
        get
        {
            var references = CheckKinds.All.SelectMany(Of).Select(c => c.Reference).OfType<string>()
                .Distinct().OrderBy(ReferenceOrder).ThenBy(r => r, StringComparer.Ordinal).ToList();
            return references.Count == 0 ? "(none yet)" : string.Join(", ", references);
        }
    }

    private static int ReferenceOrder(string reference) =>
        Array.IndexOf(["scenario", "test", "predicate", "monitor", "proof", "mutant", "seeded-bug"], reference[..reference.IndexOf(':')]);
}
