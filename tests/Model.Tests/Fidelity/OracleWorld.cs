using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>The kinds of VMO the check-order oracle tells apart.</summary>
public enum OracleKind
{
    Plain,
    Snapshot,
    Slice,
}

/// <summary>
/// One VMO as <see cref="CheckOrderOracle"/> tracks it: only the facts Fuchsia's argument checks
/// read (size, options, lock and discard state, pins, parent and children), never pages or bytes.
/// </summary>
public sealed class OracleVmo
{
    public required ulong Size { get; set; }

    public bool Resizable { get; init; }

    public bool Discardable { get; init; }

    public bool Lockless { get; init; }

    public OracleKind Kind { get; init; }

    public OracleVmo? Parent { get; init; }

    /// <summary>For a slice: where it starts in its parent, in pages.</summary>
    public ulong ParentPage { get; init; }

    public List<OracleVmo> Children { get; } = [];

    public int Handles { get; set; }

    /// <summary>PMTs (live or quarantined) that pinned through this VMO.</summary>
    public int PinReferences { get; set; }

    /// <summary>Pin counts per page of this VMO, kept on page owners only.</summary>
    public Dictionary<ulong, int> Pins { get; } = [];

    public long LockCount { get; set; }

    public bool EverLocked { get; set; }

    public bool Discarded { get; set; }

    /// <summary>A discarded, unlocked regular discardable VMO refuses page lookups (RFC-0012).</summary>
    public bool RefusesAccess => Discardable && !Lockless && Discarded && LockCount == 0;

    /// <summary>The VMO whose VmCowPages hold this one's pages: a slice shares its parent's.</summary>
    public (OracleVmo Owner, ulong Shift) Owner => Kind == OracleKind.Slice && Parent is { } p
        ? (p.Owner.Owner, p.Owner.Shift + ParentPage)
        : (this, 0);

    /// <summary>Handles, pins and slices keep a VMO alive; a snapshot child does not keep its parent.</summary>
    public bool Alive => Handles > 0 || PinReferences > 0 || Pins.Count > 0 || Children.Any(c => c.Kind == OracleKind.Slice && c.Alive);

    public bool HasLiveSnapshotParent => Kind == OracleKind.Snapshot && Parent is { Alive: true };

    public bool HasLiveChildren => Children.Any(c => c.Alive);

    public bool PinnedIn(ulong firstPage, ulong pages) => Pins.Keys.Any(p => p >= firstPage && p - firstPage < pages);
}

/// <summary>A pinned range: its page owner, first owner page and count, the VMO it was pinned through.</summary>
public sealed record OraclePin(OracleVmo Owner, ulong FirstPage, ulong Pages, OracleVmo Through);

/// <summary>What a handle value names for the oracle: a VMO, a PMT or the BTI, with the handle's rights.</summary>
public sealed record OracleHandle(OracleVmo? Vmo, OraclePin? Pin, bool IsBti, Rights Rights);
