using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>The oracle's whole world: the caller's handle table and whether the BTI holds a quarantined PMT.</summary>
public sealed class OracleWorldState
{
    public OracleWorldState(uint bti) => Handles[bti] = new OracleHandle(null, null, true, Rights.DefaultBti);

    public Dictionary<uint, OracleHandle> Handles { get; } = [];

    public bool Quarantined { get; set; }

    /// <summary>Every VMO still reachable through a handle or a pin, parents included.</summary>
    public IEnumerable<OracleVmo> Vmos()
    {
        var seen = new HashSet<OracleVmo>();
        var pending = new Stack<OracleVmo>(Handles.Values.SelectMany(h => new[] { h.Vmo, h.Pin?.Owner, h.Pin?.Through }).OfType<OracleVmo>());
        while (pending.TryPop(out var vmo))
        {
            if (seen.Add(vmo) && vmo.Parent is { } parent)
            {
                pending.Push(parent);
            }
        }

        return seen;
    }

    /// <summary>Handle values of VMOs, PMTs and the BTI, for the generator to pick from.</summary>
    public IReadOnlyList<uint> HandleValues => [.. Handles.Keys.Order()];
}
