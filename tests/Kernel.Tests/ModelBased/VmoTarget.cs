using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// One VMO handle of p0 as the model sees it, with what a transfer aimed at it needs to know: the VMO it
/// names (two handles may name one VMO), its size in pages, whether the handle carries READ|WRITE, whether
/// the VMO may be a transfer source (no parent, no children), the handles of its SNAPSHOT children, and
/// the indices of its committed pages holding non-zero bytes (what a transfer out of it visibly moves) and of its
/// pinned pages.
/// </summary>
public sealed record VmoTarget(
    uint Handle,
    ulong Koid,
    int Pages,
    bool ReadWrite,
    bool CanBeSource,
    ImmutableArray<uint> SnapshotChildren,
    ImmutableArray<int> Written,
    ImmutableArray<int> Pinned)
{
    // A VMO this large is never read or transferred whole; the generator works with its first pages.
    private const int MaxPages = 8;

    /// <summary>p0's VMO handles in handle order (deterministic, so a replayed seed generates the same calls).</summary>
    public static IReadOnlyList<VmoTarget> All(KernelState state)
    {
        var handles = state.Processes[KernelState.InitialProcessKoid].Handles
            .Where(entry => entry.Value.Type == ObjectType.Vmo && state.Vmos.ContainsKey(entry.Value.Koid))
            .ToList();
        return handles.Select(entry =>
        {
            var vmo = state.Vmos[entry.Value.Koid];
            var snapshotChildren = handles
                .Where(other => state.Vmos[other.Value.Koid].Parent is { Kind: ChildKind.Snapshot } link && link.ParentKoid == vmo.Koid)
                .Select(other => other.Key)
                .ToImmutableArray();
            var hasParent = vmo.Parent is { } parent && state.Vmos.ContainsKey(parent.ParentKoid);
            return new VmoTarget(
                entry.Key,
                vmo.Koid,
                (int)Math.Min(vmo.PageCount, MaxPages),
                (entry.Value.Rights & Rights.Io) == Rights.Io,
                !hasParent && vmo.Children.IsEmpty && !vmo.Is(VmoTraits.PagerBacked),
                snapshotChildren,
                vmo.Pages.Where(page => page.Key < MaxPages && !page.Value.Data.IsZero).Select(page => (int)page.Key).ToImmutableArray(),
                vmo.Pins.Keys.Where(page => page < MaxPages).Select(page => (int)page).ToImmutableArray());
        }).ToList();
    }
}
