using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// What one run's notifications have shown about kernel objects: which koids are processes and which
/// VMOs (with their last size), and which handle of which process names a VMO made by zx_vmo_create.
/// Enough to name the kind of a shared object and to tell a transfer whose destination range straddles
/// its VMO's end; a handle the tracker did not see made is simply unknown.
/// </summary>
public sealed class KnownObjects
{
    private readonly HashSet<ulong> _processes = [];
    private readonly Dictionary<ulong, ulong> _vmoSizes = [];
    private readonly Dictionary<(ulong Process, ulong Handle), ulong> _vmoHandles = [];

    public void Process(ulong koid) => _processes.Add(koid);

    public void Learn(CallLinearizedNotification linearized)
    {
        foreach (var vmo in linearized.Vmos)
        {
            _vmoSizes[vmo.Koid] = vmo.Size;
        }

        if (linearized is { Call: VmoCreate, Result: { Status: Status.ZxOk, Value: IntValue handle } } && linearized.Vmos.Length == 1)
        {
            _vmoHandles[(linearized.Process, handle.Number)] = linearized.Vmos[0].Koid;
        }
    }

    /// <summary>The size of the VMO <paramref name="handle"/> of <paramref name="process"/> names, when known.</summary>
    public ulong? VmoSize(ulong process, ulong handle) =>
        _vmoHandles.TryGetValue((process, handle), out var koid) && _vmoSizes.TryGetValue(koid, out var size) ? size : null;

    /// <summary>"process", "VMO", or "object" (a BTI, or a VMO no notification described).</summary>
    public string KindOf(ulong koid) => _processes.Contains(koid) ? "process" : _vmoSizes.ContainsKey(koid) ? "VMO" : "object";
}
