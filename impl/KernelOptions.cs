namespace VmoKernel.Kernel;

/// <summary>
/// How one actor kernel is started: which Coyote monitors it notifies at each linearization point
/// (types deriving from <c>Microsoft.Coyote.Specifications.Monitor</c>, registered on the runtime by the
/// caller) and which seeded bugs are switched on. The default is no monitors and no bugs.
/// </summary>
public sealed record KernelOptions
{
    public static readonly KernelOptions Default = new();

    public IReadOnlyList<Type> Monitors { get; init; } = [];

    public SeededBugSet Bugs { get; init; } = SeededBugSet.None;

    /// <summary>
    /// Told every notification the monitors are told, once each and in the same order, monitors or none: what a
    /// harness keeps of the calls behind a kernel image, to tell the monitors of the kernel booted from it.
    /// </summary>
    public Action<Microsoft.Coyote.Specifications.Monitor.Event>? Tap { get; init; }

    /// <summary>
    /// The monitors told of every transaction's lock steps (<see cref="Notifications.LockNotification"/>), registered by the
    /// caller like <see cref="Monitors"/>. Kept apart because lock steps are many: none by default, and no others see them.
    /// </summary>
    public IReadOnlyList<Type> LockMonitors { get; init; } = [];

    /// <summary>How a transaction reports its lock steps (through its actor's <c>Monitor</c>), or null when no monitor wants them.</summary>
    internal Action<Notifications.LockNotification>? LockTeller(Action<Type, Microsoft.Coyote.Specifications.Monitor.Event> monitor) =>
        LockMonitors.Count == 0 ? null : notification =>
        {
            foreach (var type in LockMonitors)
            {
                monitor(type, notification);
            }
        };

    /// <summary>Tells every monitor (through an actor's <c>Monitor</c>), then the tap, of one notification: the one way the kernel notifies.</summary>
    internal void Tell(Action<Type, Microsoft.Coyote.Specifications.Monitor.Event> monitor, Microsoft.Coyote.Specifications.Monitor.Event notification)
    {
        foreach (var type in Monitors)
        {
            monitor(type, notification);
        }

        Tap?.Invoke(notification);
    }
}
