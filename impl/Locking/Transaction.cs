using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// The lock protocol of one holder, for any actor to use (syscall threads and the reclaimer each own
/// one): it acquires lockable owners (<see cref="Lender{TState}"/>) strictly in the global order of
/// <see cref="LockTarget"/> (class, then koid), keeps their lent states typed in <see cref="Held"/>,
/// commits a call at a process and releases everything with its new state.
/// <para>
/// Deadlock freedom: every holder waits only for targets ranked above everything it holds; lockable
/// owners, while lent, wait only for their holder's release. So a wait-for cycle would need a strictly
/// increasing cycle of ranks, which cannot exist. When a transaction discovers it needs an object ranked
/// below one it holds, it gives everything back and takes the union from the bottom again.
/// </para>
/// </summary>
/// <param name="holder">The actor that holds the locks and receives the grants.</param>
/// <param name="send">The holder's <c>SendEvent</c>.</param>
/// <param name="receive">The holder's <c>ReceiveEventAsync</c> for one event type and a predicate.</param>
/// <param name="requestId">The call this transaction serves (0 for the reclaimer's own), as lock notifications name it.</param>
/// <param name="notify">Tells the lock monitors of each lock step; null when none listens.</param>
internal sealed class Transaction(
    ActorId holder, Action<ActorId, Event> send, Func<Type, Func<Event, bool>, Task<Event>> receive, long requestId = 0, Action<LockNotification>? notify = null)
{
    private readonly List<LockTarget> _held = [];

    /// <summary>The states lent to this holder, typed by class.</summary>
    public HeldObjects Held { get; private set; } = new();

    public bool Holds(LockTarget target) => _held.Exists(t => t.Key == target.Key);

    /// <summary>
    /// Acquires every target not held yet; in ascending order unless <paramref name="inOrder"/> is false (the seeded deadlock).
    /// A VMO or the Linux world that <paramref name="looks"/> names (only the deep seeded bugs, issue 16) is first read
    /// without its lock, the read sent just before the acquire with nothing in between: the unlocked load a kernel
    /// makes the instruction before it takes the lock. What it saw goes into <paramref name="looks"/> (the last look, after a retake).
    /// </summary>
    public async Task AcquireAsync(IEnumerable<LockTarget> wanted, bool inOrder = true, LockLooks? looks = null)
    {
        var missing = wanted.Where(t => !Holds(t)).DistinctBy(t => t.Key).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        if (inOrder)
        {
            missing.Sort();
            if (_held.Count > 0 && missing[0].CompareTo(_held.Max()) < 0)
            {
                missing = [.. _held.Concat(missing).DistinctBy(t => t.Key).Order()];
                ReleaseAll(null);
            }
        }

        foreach (var target in missing)
        {
            var look = looks is not null && looks.Wants(target);
            if (look)
            {
                send(target.Actor, target.Class == LockClass.Process ? new ResolveEvent(holder) : new PeekEvent(holder));
            }

            send(target.Actor, new AcquireEvent(holder));
            notify?.Invoke(new LockNotification(requestId, LockStep.Waits, Name(target)));
            if (look)
            {
                await ReceiveLookAsync(target, looks!);
            }

            var granted = (GrantedEvent)await receive(typeof(GrantedEvent), e => ((GrantedEvent)e).Owner.Equals(target.Actor));
            _held.Add(target);
            target.Take(Held, granted.State);
            notify?.Invoke(new LockNotification(requestId, LockStep.Holds, Name(target)));
        }
    }

    private static string Name(LockTarget target) => $"{target.Class} {target.Koid}";

    private async Task ReceiveLookAsync(LockTarget target, LockLooks looks)
    {
        switch (target.Class)
        {
            case LockClass.Vmo:
                looks.Seen[target.Koid] = ((PeekReplyEvent)await receive(typeof(PeekReplyEvent), _ => true)).State;
                break;
            case LockClass.Process:
                looks.SeenProcesses[target.Koid] = ((ProcessSnapshotEvent)await receive(typeof(ProcessSnapshotEvent), _ => true)).State;
                break;
            default:
                looks.SeenWorld = ((LinuxPeekReplyEvent)await receive(typeof(LinuxPeekReplyEvent), _ => true)).State;
                break;
        }
    }

    /// <summary>Releases every held lock, handing each owner its new state when <paramref name="changed"/> replaced it.</summary>
    public void ReleaseAll(HeldObjects? changed)
    {
        foreach (var target in _held)
        {
            send(target.Actor, new ReleaseEvent(changed is null ? null : target.Returned(changed)));
        }

        if (_held.Count > 0)
        {
            notify?.Invoke(new LockNotification(requestId, LockStep.ReleasesAll, null));
        }

        _held.Clear();
        Held = new HeldObjects();
    }

    /// <summary>
    /// The one commit: asks <paramref name="process"/> to apply <paramref name="delta"/> and tell the
    /// monitors <paramref name="linearized"/> (the linearization point). Accepted: runs
    /// <paramref name="beforeRelease"/> while everything is still held, then releases with the
    /// <paramref name="changed"/> states. Refused (the process moved under the call): releases everything
    /// unchanged, and the caller starts over.
    /// </summary>
    public async Task<bool> CommitAsync(ActorId process, ProcessDelta delta, CallLinearizedNotification linearized, HeldObjects changed, Action? beforeRelease = null)
    {
        send(process, new ProcessCommitEvent(holder, delta, linearized));
        var ack = (CommitAckEvent)await receive(typeof(CommitAckEvent), _ => true);
        if (!ack.Accepted)
        {
            ReleaseAll(null);
            return false;
        }

        beforeRelease?.Invoke();
        ReleaseAll(changed);
        return true;
    }
}
