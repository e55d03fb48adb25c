using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// What a monitor has seen of the kernel so far, built only from linearization notifications: each
/// VMO's latest facts, the options it was created with, whether it carries an ALWAYS_NEED hint, and
/// which page slot owns each frame, and the Linux surface as the latest call that held its lock left it
/// (only such calls change it). Because notifications arrive in linearization order, the view just
/// before a notification is applied is the kernel's state just before that call.
/// </summary>
public sealed class ObservedKernel
{
    private readonly Dictionary<ulong, VmoFacts> _vmos = [];
    private readonly Dictionary<ulong, uint> _options = [];
    private readonly HashSet<ulong> _hinted = [];
    private readonly Dictionary<(ulong Process, uint Handle), ulong> _handles = [];

    /// <summary>The frame budget: free plus held frames, fixed except by <c>set_free_frames</c>.</summary>
    public ulong TotalFrames { get; private set; } = KernelLayout.InitialFreeFrames;

    /// <summary>The latest free-frame count a notification reported.</summary>
    public ulong FreeFrames { get; private set; } = KernelLayout.InitialFreeFrames;

    public IReadOnlyDictionary<ulong, VmoFacts> Vmos => _vmos;

    /// <summary>The Linux surface's latest facts, or null before any call held the Linux world.</summary>
    public LinuxFacts? Linux { get; private set; }

    /// <summary>The frames the Linux surface's anonymous pages hold (none before any Linux call).</summary>
    public IReadOnlySet<ulong> AnonFrames { get; private set; } = new HashSet<ulong>();

    /// <summary>Free plus used frames as the kernel counts its budget: saturating at 2^64 - 1 (D-27), not wrapping.</summary>
    public static ulong Budget(ulong free, ulong used) => free > ulong.MaxValue - used ? ulong.MaxValue : free + used;

    /// <summary>The VMO's latest facts, or null if no notification has shown it yet.</summary>
    public VmoFacts? Vmo(ulong koid) => _vmos.GetValueOrDefault(koid);

    /// <summary>The options the VMO was created with (0 for children and VMOs never seen created).</summary>
    public uint OptionsOf(ulong koid) => _options.GetValueOrDefault(koid);

    public bool IsRegularDiscardable(ulong koid) => (OptionsOf(koid) & VmoOptions.Discardable) != 0;

    public bool IsLockless(ulong koid) => (OptionsOf(koid) & VmoOptions.DiscardableLockless) != 0;

    public bool IsHinted(ulong koid) => _hinted.Contains(koid);

    /// <summary>The one VMO a single-VMO call changed (its facts are the only ones in the notification), or null.</summary>
    public static ulong? TouchedVmo(CallLinearizedNotification n) => n.Vmos.Length == 1 ? n.Vmos[0].Koid : null;

    /// <summary>The VMO a process's handle names, as far as this view has seen handles created; null if unknown.</summary>
    public ulong? ResolveVmo(ulong process, uint handle) =>
        _handles.TryGetValue((process, handle), out var koid) ? koid : null;

    /// <summary>The frames held by live VMOs, each with the slots holding it (more than one is a violation).</summary>
    public ILookup<ulong, (ulong Koid, ulong Page)> HeldFrames() =>
        _vmos.Values.Where(v => !v.Destroyed)
            .SelectMany(v => v.Frames.Select(f => (Frame: f.Value, Slot: (v.Koid, f.Key))))
            .ToLookup(x => x.Frame, x => x.Slot);

    public void Apply(CallLinearizedNotification n)
    {
        if (n.Call is VmoCreate create && n.Result.Succeeded)
        {
            foreach (var created in n.Vmos.Where(v => !_vmos.ContainsKey(v.Koid)))
            {
                _options[created.Koid] = create.Options;
            }
        }

        if (n.Call is VmoOpRange { Op: VmoOp.AlwaysNeed or VmoOp.DontNeed } hint && n.Result.Succeeded && ResolveVmo(n.Process, hint.Vmo) is { } koid)
        {
            if (hint.Op == VmoOp.AlwaysNeed)
            {
                _hinted.Add(koid);
            }
            else
            {
                _hinted.Remove(koid);
            }
        }

        // process_madvise names addresses, not VMOs: WILLNEED is ALWAYS_NEED and COLD is DONT_NEED on each VMO mapped
        // there, and a hint changes nothing else of a VMO, so the VMOs the call reports are the ones it hinted or cleared.
        if (n.Call is ProcessMadvise { Advice: ProcessInfoOptions.MadvWillNeed or ProcessInfoOptions.MadvCold } advise)
        {
            foreach (var vmo in n.Vmos)
            {
                _ = advise.Advice == ProcessInfoOptions.MadvWillNeed ? _hinted.Add(vmo.Koid) : _hinted.Remove(vmo.Koid);
            }
        }

        TrackHandles(n);
        if (n.Linux is { } linux)
        {
            Linux = linux;
            AnonFrames = linux.AnonFrames.ToHashSet();
        }

        foreach (var vmo in n.Vmos)
        {
            _vmos[vmo.Koid] = vmo;
        }

        if (n.FreeFrames is { } free)
        {
            FreeFrames = free;
            if (n.Call is SetFreeFrames && n.Result.Succeeded)
            {
                TotalFrames = Budget(free, (ulong)HeldFrames().Count + (ulong)AnonFrames.Count);
            }
        }
    }

    private void TrackHandles(CallLinearizedNotification n)
    {
        if (!n.Result.Succeeded)
        {
            return;
        }

        switch (n.Call)
        {
            case VmoCreate or VmoCreateChild when n.Result.Value is IntValue handle:
                foreach (var created in n.Vmos.Where(v => !_vmos.ContainsKey(v.Koid)))
                {
                    _handles[(n.Process, (uint)handle.Number)] = created.Koid;
                }

                break;
            case HandleDuplicate duplicate when n.Result.Value is IntValue handle && ResolveVmo(n.Process, duplicate.Handle) is { } koid:
                _handles[(n.Process, (uint)handle.Number)] = koid;
                break;
            case HandleReplace replace when n.Result.Value is IntValue handle && ResolveVmo(n.Process, replace.Handle) is { } koid:
                _handles.Remove((n.Process, replace.Handle));
                _handles[(n.Process, (uint)handle.Number)] = koid;
                break;
            case HandleClose close:
                _handles.Remove((n.Process, close.Handle));
                break;
            default:
                break;
        }
    }
}
