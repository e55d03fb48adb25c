using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// Coverage under concurrency, summed over every run it was given: for each call record of the catalogue,
/// how often it was made and how often it overlapped another call on a shared object, with the outcomes it
/// had then; each pair of call records that overlapped, on which kinds of object, with both outcomes; and
/// Coyote's activity coverage per actor type. <see cref="NeverOverlapped"/> is what the
/// <c>--require-overlap</c> check fails on.
/// </summary>
public sealed class ConcurrencyCoverage
{
    private readonly Dictionary<Type, CallRecordCoverage> _calls = CatalogueNames.Records.ToDictionary(r => r, _ => new CallRecordCoverage());
    private readonly SortedDictionary<(string Call, string Other), PairCoverage> _pairs = [];

    /// <summary>Coyote's activity coverage per actor type, merged over runs.</summary>
    public ActorActivity Activity { get; } = new();

    /// <summary>Every call record of the catalogue with what was seen of it, in catalogue-name order.</summary>
    public IEnumerable<(string Name, CallRecordCoverage Coverage)> Calls =>
        _calls.Select(c => (CatalogueNames.Of(c.Key), c.Value)).OrderBy(c => c.Item1, StringComparer.Ordinal);

    public IReadOnlyDictionary<(string Call, string Other), PairCoverage> Pairs => _pairs;

    /// <summary>The catalogue's call records that never overlapped another call, by name.</summary>
    public IReadOnlyList<string> NeverOverlapped => [.. Calls.Where(c => c.Coverage.Overlapped == 0).Select(c => c.Name)];

    public void Called(TrackedCall call) => For(call.Call).Made++;

    /// <summary>Counts one overlap of two answered calls on the <paramref name="shared"/> objects.</summary>
    public void Overlapped(TrackedCall call, TrackedCall other, IReadOnlySet<ulong> shared, KnownObjects known)
    {
        var (first, second) = string.CompareOrdinal(CatalogueNames.Of(call.Call.GetType()), CatalogueNames.Of(other.Call.GetType())) <= 0
            ? (call, other)
            : (other, call);
        var key = (CatalogueNames.Of(first.Call.GetType()), CatalogueNames.Of(second.Call.GetType()));
        if (!_pairs.TryGetValue(key, out var pair))
        {
            _pairs[key] = pair = new PairCoverage();
        }

        var firstOutcome = OutcomeLabel.Against(first, second, shared);
        var secondOutcome = OutcomeLabel.Against(second, first, shared);
        pair.Times++;
        pair.On.UnionWith(shared.Select(known.KindOf));
        pair.CallOutcomes.Add(firstOutcome);
        pair.OtherOutcomes.Add(secondOutcome);
        For(first.Call).Overlap(firstOutcome);
        For(second.Call).Overlap(secondOutcome);
    }

    private CallRecordCoverage For(Syscall call) => _calls[call.GetType()];
}

/// <summary>One call record: calls made, calls that overlapped another on a shared object, and the outcomes they had then (with counts).</summary>
public sealed class CallRecordCoverage
{
    public long Made { get; set; }

    /// <summary>Overlaps counted (a call that overlapped two others counts twice).</summary>
    public long Overlapped { get; private set; }

    public SortedDictionary<string, long> OutcomesWhileOverlapped { get; } = new(StringComparer.Ordinal);

    public void Overlap(string outcome)
    {
        Overlapped++;
        OutcomesWhileOverlapped[outcome] = OutcomesWhileOverlapped.GetValueOrDefault(outcome) + 1;
    }
}

/// <summary>One pair of call records that overlapped: how often, on which kinds of object, and the outcomes each side had.</summary>
public sealed class PairCoverage
{
    public long Times { get; set; }

    public SortedSet<string> On { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> CallOutcomes { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> OtherOutcomes { get; } = new(StringComparer.Ordinal);
}
