namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>The kinds of area set-up maps, so a generator can aim at one (or away from one).</summary>
public enum LinuxAreaKind
{
    Private,
    Shared,
    Droppable,
    Volatile,
    Locked,

    /// <summary>Private memory registered with the site's shared uffd for missing pages (see <see cref="LinuxProgress"/>).</summary>
    Registered,
}

/// <summary>One area set-up mapped: its kind and its bytes [Start, Start + Length).</summary>
public sealed record LinuxArea(LinuxAreaKind Kind, ulong Start, ulong Length)
{
    public ulong End => Start + Length;

    /// <summary>True when [start, start + length) meets this area (a range that wraps past 2^64 meets everything above start).</summary>
    public bool Meets(ulong start, ulong length) =>
        length != 0 && start < End && (start + length <= start || start + length > Start);
}

/// <summary>
/// One process's Linux objects: its areas and an address set-up unmapped (a hole); p0 also holds the
/// shared pipe, the shared uffd registered over its <see cref="LinuxAreaKind.Registered"/> area and a pidfd
/// of the set-up fork child. A descriptor this site lacks is null.
/// </summary>
public sealed record LinuxSite(ulong Pid, IReadOnlyList<LinuxArea> Areas, ulong Hole)
{
    /// <summary>In a focused iteration, the kind of area this site's calls favour (<see cref="LinuxEdges.Area"/>); null otherwise.</summary>
    public LinuxAreaKind? Focus { get; init; }

    public uint? PipeRead { get; init; }

    public uint? PipeWrite { get; init; }

    public uint? Uffd { get; init; }

    public uint? Pidfd { get; init; }

    /// <summary>The area of <paramref name="kind"/>, or null when this site has none.</summary>
    public LinuxArea? Area(LinuxAreaKind kind) => Areas.FirstOrDefault(a => a.Kind == kind);

    public LinuxArea? Registered => Area(LinuxAreaKind.Registered);
}

/// <summary>
/// What the Linux surface's set-up made: the sites (p0 first, then the set-up fork child, then the
/// processes the harness created) and the bytes p0's shared pipe may still give readers without
/// blocking (<see cref="LinuxProgress.TakePipeBytes"/>).
/// </summary>
public sealed class LinuxFixture(IReadOnlyList<LinuxSite> sites, ulong pipeBytes)
{
    public IReadOnlyList<LinuxSite> Sites { get; } = sites;

    public LinuxSite P0 => Sites[0];

    /// <summary>The set-up fork child of p0 (the target of p0's pidfd).</summary>
    public LinuxSite Child => Sites[1];

    /// <summary>In a focused iteration, the rows of the generator table it draws from (null: every row).</summary>
    public IReadOnlyList<int>? Swarm { get; init; }

    /// <summary>In a focused iteration, the advice madvise and process_madvise draw from (null: any advice).</summary>
    public IReadOnlyList<uint>? Advice { get; init; }

    /// <summary>In a focused iteration, the site its calls run in most of the time (null: p0 half the time, else any).</summary>
    public LinuxSite? FocusSite { get; init; }

    /// <summary>Bytes in p0's shared pipe no reader has claimed yet; harness code between awaits runs alone, so this needs no lock.</summary>
    public ulong PipeBytes { get; set; } = pipeBytes;
}
