namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// The distinct states seen so far, by fingerprint, each with the edge that first reached it (the
/// parent's fingerprint and the move's index), which is all a shortest path needs. Safe for many
/// threads: 256 shards, each a dictionary behind its own lock, chosen by the fingerprint's top bits.
/// </summary>
public sealed class FingerprintSet
{
    private const int ShardBits = 8;

    private readonly Dictionary<ulong, Edge>[] _shards;

    public FingerprintSet()
    {
        _shards = new Dictionary<ulong, Edge>[1 << ShardBits];
        for (var i = 0; i < _shards.Length; i++)
        {
            _shards[i] = [];
        }
    }

    /// <summary>The edge that first reached a state; the initial state's parent is itself with move -1.</summary>
    public readonly record struct Edge(ulong Parent, int Move);

    public long Count => _shards.Sum(s => (long)s.Count);

    /// <summary>Adds the fingerprint if it is new; false when some thread stored it before.</summary>
    public bool TryAdd(ulong fingerprint, Edge edge)
    {
        var shard = _shards[fingerprint >> (64 - ShardBits)];
        lock (shard)
        {
            return shard.TryAdd(fingerprint, edge);
        }
    }

    public Edge ParentOf(ulong fingerprint)
    {
        var shard = _shards[fingerprint >> (64 - ShardBits)];
        lock (shard)
        {
            return shard[fingerprint];
        }
    }
}
